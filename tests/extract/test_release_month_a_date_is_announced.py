"""A month whose clause goes on to say a release date is to be given then ("the spring launch in
February is the likeliest place for a date to be announced", "... in March, when the air date
will be confirmed") dates the news, not the release: it is not served as a window. A month the
release itself is given keeps its window. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Brindle Point: what we know"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2025-11-20", title=_TITLE)


def test_a_month_that_is_the_likeliest_place_for_a_date_is_not_a_window() -> None:
    kinds = _kinds(
        "Brindle Point has no broadcast date yet, and Tellwave's schedule launch in February is "
        "the likeliest place for a date to be announced.",
    )
    assert not any(kind == "window" and "2026-02" in when for kind, when, _ in kinds)


def test_a_month_when_the_air_date_will_be_confirmed_is_not_a_window() -> None:
    kinds = _kinds(
        "Brindle Point lands on Tellwave next year, and the showcase in March is when the air "
        "date will be confirmed.",
    )
    assert not any(kind == "window" and "2026-03" in when for kind, when, _ in kinds)


def test_a_month_the_release_is_given_keeps_its_window() -> None:
    kinds = _kinds("Brindle Point will arrive on Tellwave in February, the broadcaster said.")
    assert ("window", "2026-02", False) in kinds
