"""A cast and crew due back at a location for more days in a month ("Cast and crew are due back
in Tidmouth for two more days in September") plan more of the shoot: the month is the shoot's
plan, never the release's window."""

from __future__ import annotations

from tests.extract.helpers import release_kinds


def test_cast_and_crew_due_back_for_more_days_is_a_shoot_plan() -> None:
    found = release_kinds(
        "Tin Harbour has been filming in Devon.",
        "The producers said filming had begun on 3 May across Devon. Cast and crew are due back "
        "in Tidmouth for two more days in September.",
        date="2031-06-10",
        title="Tin Harbour shoots in Devon",
    )
    assert ("window", "2031-09", False) not in found
    assert ("filming_planned", "2031-09", False) in found


def test_the_crew_set_to_return_for_a_week_is_a_shoot_plan() -> None:
    found = release_kinds(
        "Tin Harbour has been filming on the Lowport quay.",
        "The crew will return to Lowport for a further week in October.",
        date="2031-06-10",
        title="Tin Harbour on the quay",
    )
    assert not any(kind == "window" for kind, _, _ in found)
    assert ("filming_planned", "2031-10", False) in found


def test_the_unit_expected_back_is_a_shoot_plan() -> None:
    found = release_kinds(
        "Tin Harbour has been filming in Cornwall since May.",
        "The unit is expected back on the Marlow estate for three extra days in November.",
        date="2031-06-10",
        title="Tin Harbour in Cornwall",
    )
    assert not any(kind == "window" for kind, _, _ in found)
    assert ("filming_planned", "2031-11", False) in found


def test_a_show_returning_to_a_channel_is_still_a_release() -> None:
    found = release_kinds(
        "Tin Harbour returns to Channel 4 in September.",
        date="2031-06-10",
        title="Tin Harbour comes back",
    )
    assert not any(kind == "filming_planned" for kind, _, _ in found)
