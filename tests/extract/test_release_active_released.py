"""A distributor that "released" the film on a day without a year: a past day, never the next."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay"


def test_a_day_a_distributor_released_the_film_is_not_a_future_date() -> None:
    for sentence in (
        "Harbourlight Pictures released Copper Bay in cinemas on 9 October, and it ran for weeks.",
        "Its distributor released Copper Bay nationwide on 9 October.",
        "Wrenfield released the film in selected cinemas on Thursday 9 October.",
    ):
        found = release_kinds(sentence, date="2026-01-20", title=_TITLE)
        assert ("premiere_date", "2026-10-09", False) not in found, sentence


def test_a_film_still_to_be_released_keeps_its_coming_day() -> None:
    for sentence in (
        "Copper Bay will be released in cinemas on 9 October.",
        "Copper Bay is released in cinemas on 9 October.",
    ):
        found = release_kinds(sentence, date="2026-01-20", title=_TITLE)
        assert ("premiere_date", "2026-10-09", False) in found, sentence
