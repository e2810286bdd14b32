"""Words a poster or a sign "says", a credit line in marks ("credited to “...”") and the
writer's gloss of a statement as some trade's jargon ("which is studio-speak for “...”") are
no one's quote, held or dropped; a spokesperson's own words stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Quillmoor reviewed: a gentle goodbye to the lighthouse town."


def test_words_the_poster_says_are_not_served() -> None:
    found = facts(_LEDE, '"Every lamp goes out", says the poster. This one goes out gently.')
    assert served_quotes(found) == []


def test_words_a_sign_proclaimed_are_not_served() -> None:
    found = facts(_LEDE, '"Welcome home, keepers", proclaimed a hand-painted sign at the pier.')
    assert served_quotes(found) == []


def test_a_credit_line_in_marks_is_held() -> None:
    found = facts(
        _LEDE,
        'Sharp-eyed viewers spotted that a fake teaser, credited to "director Lorcan Vesey", '
        "was nothing of the kind.",
    )
    assert served_quotes(found) == []


def test_a_jargon_gloss_of_a_statement_is_held() -> None:
    found = facts(
        _LEDE,
        'A Brightwell spokesperson told us "a date will follow in due course", which is '
        'studio-speak for "not this year".',
    )
    assert served_quotes(found) == [("a date will ", "Brightwell spokesperson")]


def test_a_shorthand_gloss_is_held() -> None:
    found = facts(
        _LEDE,
        'The producers said only that the film is "in a good place", industry shorthand for '
        '"still being edited".',
    )
    assert [text for text, _ in served_quotes(found)] == ["in a good pl"]


def test_words_said_by_the_poster_of_a_thread_stay_theirs() -> None:
    found = facts(
        _LEDE,
        '"I cried at the trailer twice," says the original poster, u/keeper_of_lamps.',
    )
    assert len(served_quotes(found)) == 1
