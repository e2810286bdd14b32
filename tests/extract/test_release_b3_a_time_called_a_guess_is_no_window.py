"""After "no release date yet", a time others are saying that the writer straight away calls a
guess ("some accounts are saying 'autumn 2027' - that's a guess, not an announcement") is not
served, even hedged: the writer does not take it up. A time they are saying with no such word
is still served hedged, and the makers' own "has only said next year" plain. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_NONE = "There is no release date yet."


def _windows(*paragraphs: str) -> set[str]:
    found = release_kinds(*paragraphs, date="2026-05-04")
    return {value for kind, value, _ in found if kind == "window"}


def test_a_time_called_a_guess_straight_after_is_not_served() -> None:
    said = 'A few forum accounts are saying "autumn 2027" – that\'s a guess, not an announcement.'
    assert "2027-09/2027-11" not in _windows(f"{_NONE} {said}")


def test_a_time_called_just_speculation_is_not_served() -> None:
    said = "Some fans are saying autumn 2027, but that's just speculation."
    assert "2027-09/2027-11" not in _windows(f"{_NONE} {said}")


def test_a_time_others_are_saying_is_still_served_hedged() -> None:
    found = release_kinds(f'{_NONE} Some fans are saying "autumn 2027".', date="2026-05-04")
    assert ("window", "2027-09/2027-11", True) in found


def test_the_makers_next_year_is_still_served() -> None:
    assert "2027" in _windows(f'{_NONE} Harbour has only said "next year".')
