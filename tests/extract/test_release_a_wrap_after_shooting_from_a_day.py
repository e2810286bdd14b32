"""A wrap told "after shooting ... from" a day: the day is the shoot's start, the month before
it the wrap's. Invented articles."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_TITLE = "Quillon Vale: everything we know"
_LEDE = "The Elspin drama Quillon Vale is the next big thing."


def _found(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2026-02-02", title=_TITLE)


def test_the_day_a_shoot_ran_from_before_the_wrap_is_its_start() -> None:
    assert _found(
        "The film, directed by Odric Vantry, wrapped in September after shooting in Elspin and "
        "Kettlewick from 14 July."
    ) == {("filming_started", "2025-07-14", False), ("filming_wrapped", "2025-09", False)}


def test_a_wrap_on_a_day_alone_is_still_the_wrap() -> None:
    assert _found("The film wrapped on 14 September.") == {("filming_wrapped", "2025-09-14", False)}
