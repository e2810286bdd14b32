"""A past shoot told with the production as the one that shot ("the film shot across Leeds and
York between June and August last year") began in the first month and wrapped in the second,
as "the film was shot between ..." does. On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: everything we know"


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-03-05", title=_TITLE)


def test_the_film_shot_between_two_months_last_year() -> None:
    kinds = _kinds(
        "Copper Bay is nearly here.",
        "Quick recap: the film shot across Leeds and York between June and August last year.",
    )
    assert ("filming_started", "2025-06", False) in kinds
    assert ("filming_wrapped", "2025-08", False) in kinds


def test_the_series_filmed_between_two_dated_months() -> None:
    kinds = _kinds(
        "Copper Bay is nearly here.",
        "The series filmed in Hull from September 2024 to January 2025, mostly at night.",
    )
    assert ("filming_started", "2024-09", False) in kinds
    assert ("filming_wrapped", "2025-01", False) in kinds


def test_a_shot_that_is_not_the_shoot_gives_none() -> None:
    kinds = _kinds(
        "Copper Bay is nearly here.",
        "The show shot up the charts between May and June, its makers said.",
    )
    assert not any(kind.startswith("filming") for kind, _, _ in kinds)
