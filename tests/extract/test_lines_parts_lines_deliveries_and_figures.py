"""Lines of the work told from a viewer's side: a part said to have a line, the way an actor
says one, a line after the sentence giving the actor in their part, a figure in a trailer
speaking in the present. Each is held; the actor's own words stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_part_said_to_have_a_line_speaks_the_work_s_words() -> None:
    found = facts(
        "Pia Salo plays Agnes in Saltmarsh.",
        "Pia Salo's Agnes has just one line in the teaser and it steals it: ‘Leave the lamp lit.’",
    )
    assert served_quotes(found) == []


def test_the_way_an_actor_says_a_line_is_a_delivery() -> None:
    found = facts(
        "Pia Salo plays Agnes in Saltmarsh.",
        "The way Pia says “come home, Orvo” on the jetty?? Destroyed.",
    )
    assert served_quotes(found) == []


def test_a_line_after_the_actor_in_the_part_is_the_work_s() -> None:
    found = facts(
        "Saltmarsh is finally out and the thread is buzzing.",
        "Pia Salo as Agnes got the biggest laugh in the cinema. “Tea first, murder later” — a "
        "classic.",
    )
    assert served_quotes(found) == []


def test_the_actor_s_own_words_after_a_part_sentence_stay_hers() -> None:
    found = facts(
        "Saltmarsh is finally out and the thread is buzzing.",
        "Pia Salo as Agnes got the biggest laugh in the cinema. “I was terrified,” Pia Salo "
        "told us.",
    )
    assert served_quotes(found) == [("I was terrif", "Pia Salo")]


def test_a_figure_in_a_trailer_speaking_to_no_one_named_is_the_work_s() -> None:
    found = facts(
        "The first trailer for Saltmarsh, the BBC's new drama, is here.",
        "Boats burn in the harbour, and an old priest mutters, “The tide will not wait.”",
        title="Saltmarsh trailer: everything we spotted",
    )
    assert served_quotes(found) == []


def test_a_press_source_in_a_trailer_piece_keeps_the_quote() -> None:
    found = facts(
        "The first trailer for Saltmarsh, the BBC's new drama, is here.",
        "A BBC spokesperson said: “The full series lands in May.”",
        title="Saltmarsh trailer: everything we spotted",
    )
    assert served_quotes(found) == [("The full ser", "BBC spokesperson")]


def test_a_label_closing_its_clause_is_no_quote() -> None:
    found = facts(
        "Saltmarsh returns to ITV next month.",
        "The first series turned a small book into a national “guilty pleasure”, and the "
        "second picks up a year on.",
    )
    assert served_quotes(found) == []


def test_a_label_its_speaker_said_stays_theirs() -> None:
    found = facts(
        "Saltmarsh returns to ITV next month.",
        "Creator Ada Vale has already said she has a “five-year plan”, but ITV has only "
        "committed to one more series.",
    )
    assert served_quotes(found) == [("five-year pl", "Ada Vale")]
