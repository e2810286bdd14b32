"""A time that unnamed people are saying after "no release date yet" ("some fans on Brindlechat
are saying “spring 2027”") is a rumour, so the window is hedged; a time the studio is saying is
not. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillon Vale: where things stand"
_LEDE = "The Elspin drama Quillon Vale wrapped last week."
_NO_DATE = "No release date yet, obviously. "


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, _NO_DATE + sentence, date="2026-09-24", title=_TITLE)


def test_a_time_some_people_are_saying_is_hedged() -> None:
    assert ("window", "2027-03/2027-05", True) in _found(
        'Some people on Brindlechat are saying "spring 2027" but nobody official has said anything.'
    )


def test_a_time_the_studio_is_saying_is_not_hedged() -> None:
    assert ("window", "2027-03/2027-05", False) in _found(
        "Elspin is saying spring 2027 but nothing firmer."
    )
