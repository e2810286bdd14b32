"""The month a statement was made ("the studio said in March that the film would open in due
course") is the saying's time, not a window for the release; a window the statement gives is
still served. On invented text."""

from __future__ import annotations

from tests.extract.helpers import served_days

_HEADLINE = "Brackenfold: cast change confirmed"


def _days(*paragraphs: str) -> set[tuple[str, str]]:
    return served_days(*paragraphs, title=_HEADLINE, date="2026-06-10")


def test_the_month_a_studio_spoke_is_no_window() -> None:
    days = _days(
        "Brackenfold has recast its lead. No release date has been set, though Lumen said in "
        "March that the film would arrive “when it is ready”.",
    )
    assert not any(kind == "window" for kind, _ in days)


def test_a_window_the_studio_gave_is_still_served() -> None:
    days = _days("Lumen said in March that Brackenfold would open in November.")
    assert ("window", "2026-11") in days
