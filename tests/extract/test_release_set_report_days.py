"""A local paper's set report: the days it tells are the unit at work, not the shoot's start or a
release. On invented text.

A unit's vehicles starting to arrive on a day ("Lorries and generators began arriving on Sunday
night") is the production coming to town; onlookers gathering "as cameras rolled" on a day is a
shoot day seen, not the first; and a start credited to an unnamed hand ("according to a crew
member", "according to one runner") is what the paper was told, so hedged.
"""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_LEDE = "The crew of the drama Copper Bay spent the week filming on the quay at Porthwenna."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_kinds(_LEDE, sentence, date="2025-06-11", title="Copper Bay comes to town")


def test_kit_beginning_to_arrive_on_a_day_is_no_premiere() -> None:
    assert _kinds("Trucks, cranes and catering vans began arriving on Sunday evening.") == set()
    assert _kinds("Location lorries and generators started arriving on Monday morning.") == set()


def test_the_work_arriving_on_a_day_is_still_read() -> None:
    assert _kinds("Copper Bay arrives on BBC One on Monday, June 16.") == {
        ("premiere_date", "2025-06-16", False)
    }


def test_onlookers_as_cameras_rolled_is_no_start() -> None:
    assert _kinds("Crowds packed the harbour wall on Monday as cameras rolled on Copper Bay.") == (
        set()
    )
    assert _kinds("Shoppers stopped on Tuesday as cameras rolled outside the post office.") == set()


def test_a_shoot_starting_on_a_day_is_still_read() -> None:
    assert _kinds("Fans gathered on Monday as filming began on the quay.") == {
        ("filming_started", "2025-06-09", False)
    }
    assert _kinds("Crowds watched on Monday as cameras started rolling on Copper Bay.") == {
        ("filming_started", "2025-06-09", False)
    }


def test_a_start_told_by_an_unnamed_hand_is_hedged() -> None:
    assert _kinds("Filming began on 2 June, according to a crew member who spoke to us.") == {
        ("filming_started", "2025-06-02", True)
    }
    assert _kinds("Shooting started on May 26, according to one local runner.") == {
        ("filming_started", "2025-05-26", True)
    }


def test_a_start_told_plainly_is_not_hedged() -> None:
    assert _kinds("Filming began on 2 June at a studio in Bristol.") == {
        ("filming_started", "2025-06-02", False)
    }
