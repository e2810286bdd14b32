"""A shoot planned for a time in the plan's passive ("Filming is planned for February 2027 in
Pellsby") dates the plan, unhedged; a narrower plan beside a vaguer one ("cameras set to roll
early next year") is the one kept; hearsay still hedges it."""

from __future__ import annotations

from tests.extract.helpers import release_dates

_LEDE = "Lumen has cast the drama Marrowick Sound, with cameras set to roll early next year."


def test_a_planned_month_is_the_shoots_plan() -> None:
    found = release_dates(
        _LEDE,
        "Filming is planned for February 2027 in Pellsby and Tarrow, a spokesperson said.",
        date="2026-10-14",
        title="Marrowick Sound cast revealed",
    )
    assert found == {("filming_planned", "2027-02", False)}, found


def test_a_planned_season_is_the_shoots_plan() -> None:
    found = release_dates(
        "Lumen has cast the coastal drama Marrowick Sound.",
        "Shooting is planned for spring 2026 in Pellsby.",
        date="2025-10-14",
        title="Marrowick Sound cast revealed",
    )
    assert found == {("filming_planned", "2026-03/2026-05", False)}, found


def test_sources_still_hedge_the_plan() -> None:
    found = release_dates(
        "Lumen has cast the coastal drama Marrowick Sound.",
        "Sources say filming is planned for May 2026.",
        date="2025-10-14",
        title="Marrowick Sound cast revealed",
    )
    assert found == {("filming_planned", "2026-05", True)}, found


def test_a_release_planned_for_a_time_stays_hedged() -> None:
    found = release_dates(
        "Lumen has cast the coastal drama Marrowick Sound.",
        "A release is planned for early 2027.",
        date="2025-10-14",
        title="Marrowick Sound cast revealed",
    )
    assert found == {("window", "2027-01/2027-04", True)}, found
