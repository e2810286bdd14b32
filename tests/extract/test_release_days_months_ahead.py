"""A day glossed as weeks or months before the film opens ("drew an ovation in Cork on Friday
night, months before it opens in cinemas") is an event's day, not the release: held. A day
that is the opening itself is still served. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_days

_HEADLINE = "Cork Film Festival: ‘Fernhollow’ brings the house to its feet"


def _days(*paragraphs: str) -> set[tuple[str, str]]:
    return served_days(*paragraphs, title=_HEADLINE, date="2026-06-13")


def test_a_festival_night_months_ahead_is_not_the_release() -> None:
    days = _days(
        "Mira Okafor’s debut feature drew a standing ovation in Cork on Friday night, months "
        "before it opens in Irish and UK cinemas.",
    )
    assert not any(kind == "premiere_date" for kind, _ in days)


def test_a_festival_screening_weeks_ahead_is_not_the_release() -> None:
    days = _days(
        "Mira Okafor’s debut feature screens at the Cork festival on Sunday, some weeks before "
        "it opens in Irish cinemas.",
    )
    assert not any(kind == "premiere_date" for kind, _ in days)


def test_the_opening_day_itself_is_still_served() -> None:
    days = _days("Mira Okafor’s debut feature Fernhollow opens in Irish cinemas on Friday.")
    assert ("premiere_date", "2026-06-19") in days
