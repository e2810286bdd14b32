"""Kinds of failure met in blind batch 7, each on invented text (none of the batch's names)."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind, SourceKind
from tests.extract.helpers import credits, facts, pairs


def test_a_part_in_seasons_of_another_show_is_not_ours() -> None:
    found = facts(
        "Tamsin Rook, Ivo Bell and Piet Lammers have joined the cast of the Lantern Bay film.",
        "Lammers, who has played Oswin Pryce in the first two seasons of ITV's “Salt Marsh,” "
        "is repped by UTA.",
    )
    assert ("Piet Lammers", "Oswin Pryce") not in pairs(found)


def test_a_part_in_a_season_of_our_show_is_kept() -> None:
    found = facts(
        "Lantern Bay returns for a third season.",
        "Piet Lammers, who has played Oswin Pryce in every season of Lantern Bay, is back.",
    )
    assert ("Piet Lammers", "Oswin Pryce") in pairs(found)


def test_a_plural_label_before_names_is_not_part_of_the_first_name() -> None:
    found = facts(
        "Filming on Lantern Bay began this week.",
        "Veterans Tamsin Rook and Ivo Bell will play Greta, a baker, and Sol, a fisherman, "
        "respectively.",
    )
    assert pairs(found) == {("Tamsin Rook", "Greta"), ("Ivo Bell", "Sol")}


def test_a_hyphenated_origin_before_actor_is_not_a_part() -> None:
    found = facts(
        "Piet Lammers has left Lantern Bay, with Belgian-Moroccan actor Yusuf Dekker taking "
        "over the role of Prof Alma Reed from the stage star."
    )
    assert pairs(found) == {("Yusuf Dekker", "Prof Alma Reed")}


def test_direct_as_an_adjective_credits_no_director() -> None:
    found = facts(
        "Ada Pell and Rob Kwan walked the carpet together at the Lantern Bay gala.",
        "Kwan was a bit more direct: 'Ask me tomorrow.' Pell was very direct about it too.",
    )
    assert not any(role == "director" for role, _ in credits(found))


def test_direct_as_a_verb_still_credits() -> None:
    found = facts("Rob Kwan will direct the Lantern Bay film from a script by Ada Pell.")
    assert ("director", "Rob Kwan") in credits(found)


def test_a_name_with_a_lowercase_particle_is_credited_whole() -> None:
    found = facts("Writer Ceri Morgan executive produces alongside Dafydd ab Owain for Bryn Films.")
    assert ("executive_producer", "Dafydd ab Owain") in credits(found)
    assert ("executive_producer", "Dafydd") not in credits(found)


def test_a_first_name_that_opens_a_longer_name_is_held_as_crew() -> None:
    found = facts(
        "Marta Quill will direct Lantern Bay.",
        "Ivo executive produces. Ivo Brennan-Holt joined the company last year.",
    )
    served = {(c.role.value, c.name) for c in found.crew if c.served}
    assert ("executive_producer", "Ivo") not in served


def test_a_surname_alone_stays_credited() -> None:
    found = facts("Behind the camera, Kwan is directing from a script.", title="Lantern Bay")
    assert ("director", "Kwan") in {(c.role.value, c.name) for c in found.crew if c.served}


def _served_windows(*paragraphs: str, date: str = "2025-09-01") -> set[str | None]:
    found = facts(*paragraphs, date=date, title="Lantern Bay: the new season")
    return {r.window for r in found.release if r.served and r.kind is ReleaseKind.WINDOW}


def test_a_month_of_another_work_after_which_is_not_our_window() -> None:
    windows = _served_windows(
        "Lantern Bay premieres on ITV in October.",
        "Ivo Bell is busy this winter: he is also in Salt Marsh, which lands on Channel 4 in "
        "February.",
    )
    assert windows == {"2025-10"}


def test_a_month_after_another_quoted_title_is_not_our_window() -> None:
    windows = _served_windows(
        "Lantern Bay premieres on ITV in October.",
        "Bell will next appear in Fox’s “The Long Road Back,” out in December.",
    )
    assert windows == {"2025-10"}


def test_our_film_named_before_which_keeps_its_window() -> None:
    windows = _served_windows(
        "Lantern Bay: what we know so far.",
        "Ivo Bell stars in Lantern Bay, which lands on ITV in November.",
    )
    assert windows == {"2025-11"}


def test_a_possessive_day_names_an_event_not_the_release() -> None:
    found = facts(
        "Live from the Lantern Bay gala.",
        "The film is released on ITV on Friday 14 November, and tonight's screening is the "
        "first anyone has seen of it.",
        date="2025-11-11",
    )
    dates = {r.date for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE}
    assert dates == {dt.date(2025, 11, 14)}


def _quotes(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_nickname_given_by_fans_is_no_quote() -> None:
    found = _quotes(
        "Lantern Bay adds a new lodger.",
        "Sol Pike, played by Dev Mistry: the new lodger, who viewers have already nicknamed "
        "“the houseguest from the abyss” after one clip.",
    )
    assert "the houseguest from the abyss" not in found


def test_words_someone_described_belong_to_them_or_to_nobody() -> None:
    found = _quotes(
        "Lantern Bay adds a new face.",
        "The studio has also confirmed a second addition. Welsh newcomer Bryn Tallis will play "
        "Moss, a sailor that Greta meets in Tenby, in what Quill has described online as "
        "“Greta’s chapter, at last”.",
    )
    assert found.get("Greta’s chapter, at last", ("", SourceKind.UNATTRIBUTED))[0] != "Bryn Tallis"
    assert ("Bryn Tallis", SourceKind.PERSON) not in found.values()


def test_a_synopsis_is_its_publishers_even_when_another_company_is_named() -> None:
    found = _quotes(
        "Where to watch The Harbour Heist.",
        "The Harbour Heist premieres on Vantage Stream on Friday. Streamline passed on it.",
        "Vantage Stream's official synopsis reads: \"Ten years after the robbery, Mara Voss "
        'returns to the docks for one more job."',
    )
    text = "Ten years after the robbery, Mara Voss returns to the docks for one more job."
    assert found[text] == ("Vantage Stream", SourceKind.ORGANISATION)


def test_a_pronoun_that_cannot_be_placed_credits_nobody() -> None:
    found = _quotes(
        "Lantern Bay author Marta Quill wrote a note to readers.",
        "Quill said the ending came late. When Dev read the last scene at the table read, he "
        "put the script down and said, 'That is it,' and the room went quiet.",
    )
    assert "That is it" not in found or found["That is it"][0] != "Marta Quill"


def test_he_said_inside_an_answer_is_not_the_answerer() -> None:
    found = facts(
        "Lantern Bay author Marta Quill talks about the final film.",
        "Glamour: Marta, was the ending always this one?",
        "Marta Quill: Mostly. When Dev read the last scene at the table read, he put the script "
        "down and said, 'That is it,' and that was when I stopped changing it.",
    )
    inner = [q for q in found.quotes if q.text == "That is it"]
    assert inner
    assert all(q.speaker != "Marta Quill" for q in inner if q.served)


def test_behind_the_camera_is_a_director() -> None:
    found = facts(
        "Rob Kwan, who directed the thriller Low Water, is behind the camera on Lantern Bay."
    )
    assert ("director", "Rob Kwan") in credits(found)


def test_directed_by_a_described_film_maker() -> None:
    found = facts("Lantern Bay is directed by the Norwegian film-maker Sigrid Haugen.")
    assert ("director", "Sigrid Haugen") in credits(found)


def test_with_names_as_executive_producers() -> None:
    found = facts(
        "Lantern Bay is produced by Tidewater Films, with Mia Sorensen and Tom Varga as "
        "executive producers."
    )
    assert {("executive_producer", "Mia Sorensen"), ("executive_producer", "Tom Varga")} <= (
        credits(found)
    )


def test_credit_line_labels_and_noun_credits() -> None:
    found = facts(
        "The Lantern Bay film arrives in May.",
        "Directed by: Rob Kwan",
        "Original Music: Ada Pell",
        "Casting: Joel Abara",
        "It was shot in Wales, with cinematography by Mia Sorensen and editing by Tom Varga.",
    )
    assert {
        ("director", "Rob Kwan"),
        ("composer", "Ada Pell"),
        ("casting_director", "Joel Abara"),
        ("cinematographer", "Mia Sorensen"),
        ("editor", "Tom Varga"),
    } <= credits(found)


def test_a_colon_inside_a_sentence_is_no_credit_label() -> None:
    found = facts("The Lantern Bay crew had one rule on casting: Joel Abara picks the extras.")
    assert ("casting_director", "Joel Abara") not in credits(found)


def test_a_screenplay_written_with_someone_credits_both() -> None:
    found = facts("Rob Kwan directs Lantern Bay from a screenplay he co-wrote with Mia Sorensen.")
    assert {("writer", "Rob Kwan"), ("writer", "Mia Sorensen")} <= credits(found)


def _release(*paragraphs: str, date: str = "2025-06-10") -> set[tuple[str, object]]:
    found = facts(*paragraphs, date=date)
    return {(r.kind.value, r.date or r.window) for r in found.release if r.served}


def test_a_relative_day_glossed_with_its_date() -> None:
    assert _release(
        "Cameras started rolling on the Lantern Bay film yesterday (June 9) in Kent."
    ) == {("filming_started", dt.date(2025, 6, 9))}


def test_a_named_day_glossed_with_its_date() -> None:
    found = _release(
        "Lantern Bay will air on ITV on Boxing Day (Friday 26th December) at 9pm.",
        date="2025-11-20",
    )
    assert found == {("premiere_date", dt.date(2025, 12, 26))}


def test_a_bulleted_release_date_line_with_nothing_yet() -> None:
    found = _release("Lantern Bay news roundup.", "* Release date: still nothing.")
    assert ("not_announced", None) in found


def test_a_past_shoot_wrapping_in_a_month() -> None:
    found = _release(
        "Filming on Lantern Bay took place in Leeds over the spring, wrapping in early May."
    )
    assert found == {("filming_wrapped", "2025-05")}


def test_a_future_shoot_wrapping_in_a_month_is_no_wrap() -> None:
    found = _release("Filming on Lantern Bay will run through the summer, wrapping in August.")
    assert ("filming_wrapped", "2025-08") not in found
