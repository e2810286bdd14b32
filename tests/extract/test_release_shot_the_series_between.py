"""A shoot told with the production as its object ("X shot the series in Hull between May and
July last year") dates the shoot like "The series was shot ...": it began in the first month and
wrapped in the last. Invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Saltmarsh Road: the composer on scoring the drama"


def test_a_cinematographer_who_shot_the_series_between_two_months_dates_the_shoot() -> None:
    kinds = release_kinds(
        "Cinematographer Ottilie Brande shot the series in and around Whitby between May and "
        "August last year.",
        date="2026-03-10",
        title=_TITLE,
    )
    assert ("filming_started", "2025-05", False) in kinds
    assert ("filming_wrapped", "2025-08", False) in kinds


def test_a_director_who_filmed_the_drama_from_one_month_to_another_dates_the_shoot() -> None:
    kinds = release_kinds(
        "Director Cas Varela filmed the drama on the Fife coast from February to April 2025.",
        date="2026-03-10",
        title=_TITLE,
    )
    assert ("filming_started", "2025-02", False) in kinds
    assert ("filming_wrapped", "2025-04", False) in kinds


def test_a_crew_that_will_shoot_the_film_between_two_months_has_not_wrapped() -> None:
    kinds = release_kinds(
        "Ottilie Brande will shoot the film in Whitby between May and August next year.",
        date="2026-03-10",
        title=_TITLE,
    )
    assert not any(kind == "filming_wrapped" for kind, _, _ in kinds)
