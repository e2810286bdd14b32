"""A week named inside a month ("in the last week of October", "in the second week of July")
places a shoot's start or wrap, or a release, in that month; a wrap month without a year
takes the year of the start month told with one before it."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(sentence, date="2026-03-10", title="Lantern Hill: what we know")


def test_a_wrap_in_the_last_week_of_a_month() -> None:
    assert _kinds("Filming wrapped in the last week of October.") == {
        ("filming_wrapped", "2025-10", False)
    }


def test_a_wrap_in_a_place_in_the_second_week_of_a_month() -> None:
    found = _kinds(
        "Shooting began in Leeds in May last year and wrapped in York in the second week of July."
    )
    assert found == {("filming_started", "2025-05", False), ("filming_wrapped", "2025-07", False)}


def test_a_start_in_the_first_week_of_a_month_and_year() -> None:
    assert _kinds("Filming started in Ghent in the first week of June 2025.") == {
        ("filming_started", "2025-06", False)
    }


def test_a_wrap_month_without_a_year_takes_the_start_months_year() -> None:
    found = release_kinds(
        "Shooting began in Tromso in January 2025 and wrapped in the first week of April.",
        date="2026-05-06",
    )
    assert found == {("filming_started", "2025-01", False), ("filming_wrapped", "2025-04", False)}


def test_a_wrap_month_before_the_start_month_takes_the_next_year() -> None:
    found = release_kinds(
        "Shooting began in Tromso in October 2024 and wrapped in February.", date="2026-05-06"
    )
    assert found == {("filming_started", "2024-10", False), ("filming_wrapped", "2025-02", False)}
