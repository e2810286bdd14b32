"""A release "being lined up" for a time is a plan in the making: the window is hedged.
Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import release_dates


def test_a_release_being_lined_up_is_hedged() -> None:
    assert release_dates(
        "Pellbury began filming in March. A cinema release is being lined up for early 2027.",
        title="Pellbury: a day on set",
        date="2026-03-20",
    ) == {("filming_started", "2026-03", False), ("window", "2027-01/2027-04", True)}
