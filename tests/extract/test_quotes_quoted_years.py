"""A year given in marks after a preposition ("would arrive “in 2027”") is the spokesperson's
words, not a title: the only thing they would say about the date, quoted as they said it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = "Copper Bay will return for a feature-length special, Lumen confirmed on Tuesday."


def test_a_spokesperson_s_year_in_marks_is_their_quote() -> None:
    found = facts(
        _LEDE,
        "Filming begins in the spring. A Lumen spokesperson said the special would be released "
        "“in 2027” but declined to give a date.",
    )
    assert served_quotes(found) == [("in 2027", "Lumen spokesperson")]


def test_a_told_us_year_in_marks_is_their_quote() -> None:
    found = facts(
        _LEDE,
        "No date has been set, but a Lumen spokesperson told us the special would arrive "
        "“by 2027”.",
    )
    assert served_quotes(found) == [("by 2027", "Lumen spokesperson")]


def test_a_capitalised_title_with_a_year_is_still_a_title() -> None:
    found = facts(_LEDE, "The writers met during “Summer 2019”, a sketch show, and stayed friends.")
    assert served_quotes(found) == []
