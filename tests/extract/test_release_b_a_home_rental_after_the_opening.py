"""A sentence whose subject is a home release ("Digital rental is likely 45 days after cinema
release, ..., so around mid-January"), after the film opened, gives that later step's time,
not the release window: held. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_rental_month_is_no_window() -> None:
    found = facts(
        "Veltane Summer opens in cinemas today, Friday 4 December.",
        "Digital rental is likely 45 days after cinema release, in line with the usual window, "
        "so around mid-January at the earliest.",
        date="2026-12-04",
    )
    windows = {str(r.window) for r in found.release if r.served and r.kind.value == "window"}
    assert "2027-01" not in windows
