"""Crews due back at a place on a day: our shoot's plan when they are ours, never a premiere;
another work's or another trade's crews plan nothing of ours."""

from __future__ import annotations

import pytest

from tests.extract.helpers import release_kinds

_TITLE = "Copper Bay: what we know"


@pytest.mark.parametrize(
    "line",
    [
        "The crews of Sky's The Tin Lid are due back in Marlock on 9 May.",
        "The Tin Lid's crews are due back in Marlock on 9 May, a week after Copper Bay wrapped.",
        "Road crews are due back in Marlock on 9 May to finish the bypass, residents were told.",
    ],
)
def test_other_crews_due_back_plan_nothing_of_ours(line: str) -> None:
    found = release_kinds(line, date="2026-01-16", title=_TITLE)
    assert ("premiere_date", "2026-05-09", False) not in found
    assert ("filming_planned", "2026-05-09", False) not in found


@pytest.mark.parametrize(
    "line",
    [
        "Crews are due back in Marlock on 9 May for two more days.",
        "Staff said that crews are due back in Marlock on 9 May.",
        "The crew are due back in Marlock on 9 May.",
    ],
)
def test_our_crews_due_back_plan_the_shoot(line: str) -> None:
    found = release_kinds(line, date="2026-01-16", title=_TITLE)
    assert found == {("filming_planned", "2026-05-09", False)}
