"""A past shoot's two months followed by who shot it ("was shot over five weeks in May and June
2025 by cinematographer X") dates the shoot as the bare two months do. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_two_shoot_months_followed_by_the_cinematographer_date_the_shoot() -> None:
    kinds = release_kinds(
        "The film was shot over five weeks in May and June 2025 by cinematographer Ivo Rask, "
        "and the score came later.",
        date="2026-03-10",
        title="Saltmarsh Road: the composer on scoring the drama",
    )
    assert ("filming_started", "2025-05", False) in kinds
    assert ("filming_wrapped", "2025-06", False) in kinds


def test_two_shoot_months_followed_by_the_director_date_the_shoot() -> None:
    kinds = release_kinds(
        "The series was filmed in Hull in October and November 2024 by director Cas Varela.",
        date="2026-03-10",
        title="Saltmarsh Road: the composer on scoring the drama",
    )
    assert ("filming_started", "2024-10", False) in kinds
    assert ("filming_wrapped", "2024-11", False) in kinds
