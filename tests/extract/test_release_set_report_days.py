"""A local paper's set report: the days it tells are the unit at work, not the shoot's start or a
release. On invented text.

A unit's vehicles starting to arrive on a day ("Lorries and generators began arriving on Sunday
night", "vans started to arrive on Monday") is the production coming to town; onlookers gathering
"as cameras rolled" on a day is a shoot day seen, not the first (unless the cameras rolled on
day one); and a start credited to an unnamed hand ("according to a crew member", "according to
one runner") is what the paper was told, so hedged; a local outlet is no such hand.
"""

from __future__ import annotations

from tests.extract.helpers import release_dates

_LEDE = "The unit of the drama Tidecaller spent the week filming on the slipway at Kestle Quay."


def _kinds(sentence: str) -> set[tuple[str, str, bool]]:
    return release_dates(_LEDE, sentence, date="2025-06-11", title="Tidecaller comes to town")


def test_kit_beginning_to_arrive_on_a_day_is_no_premiere() -> None:
    for sentence in (
        "Generators, a cherry picker and two honeywagons began arriving on Saturday night.",
        "Location lorries and generators started arriving on Monday morning.",
        "Trucks and generators began to arrive on Sunday evening.",
        "Lorries started to arrive on Monday.",
        "Catering vans were arriving on Sunday evening.",
    ):
        assert _kinds(sentence) == set(), sentence


def test_the_work_arriving_on_a_day_is_still_read() -> None:
    assert _kinds("Tidecaller arrives on BBC One on Monday, June 16.") == {
        ("premiere_date", "2025-06-16", False)
    }


def test_onlookers_as_cameras_rolled_is_no_start() -> None:
    assert _kinds("Dog walkers lined the slipway on Monday as cameras rolled on Tidecaller.") == (
        set()
    )
    assert _kinds("Shoppers stopped on Tuesday as cameras rolled outside the post office.") == set()


def test_a_shoot_starting_on_a_day_is_still_read() -> None:
    assert _kinds("Fans gathered on Monday as filming began on the quay.") == {
        ("filming_started", "2025-06-09", False)
    }
    assert _kinds("Crowds watched on Monday as cameras started rolling on Tidecaller.") == {
        ("filming_started", "2025-06-09", False)
    }


def test_cameras_rolling_on_day_one_is_the_start() -> None:
    assert _kinds("Fans gathered on Monday as cameras rolled on day one of the shoot.") == {
        ("filming_started", "2025-06-09", False)
    }
    assert _kinds("Crowds watched on Tuesday as cameras first rolled on the quay.") == {
        ("filming_started", "2025-06-10", False)
    }


def test_a_start_told_by_an_unnamed_hand_is_hedged() -> None:
    assert _kinds("Filming got under way on 2 June, according to an onlooker.") == {
        ("filming_started", "2025-06-02", True)
    }
    assert _kinds("Filming began on 2 June, according to a rigger on the unit.") == {
        ("filming_started", "2025-06-02", True)
    }
    assert _kinds("Shooting started on May 26, according to one local runner.") == {
        ("filming_started", "2025-05-26", True)
    }


def test_a_start_told_plainly_or_by_a_local_outlet_is_not_hedged() -> None:
    assert _kinds("Filming began on 2 June at a studio in Bristol.") == {
        ("filming_started", "2025-06-02", False)
    }
    assert _kinds("Filming began on 2 June, according to a local newspaper.") == {
        ("filming_started", "2025-06-02", False)
    }
