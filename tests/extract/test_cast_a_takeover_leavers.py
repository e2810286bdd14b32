"""A part another actor takes over, its holder told leaving in another sentence: the holder's
casting elsewhere (a caption) is former, never current (invented articles)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, former_pairs, served_statuses

_LEDE = "Marram Quay returns to ITV for a third series next spring."
_LEFT = "Soap favourite Dara Quenby has sensationally quit Marram Quay after two series."
_TAKER = "Newcomer Osian Bellweather has been signed to take over as Gil Trevose in series three."
_CAPTION = "Pictured: Quenby as Gil in series two"


def test_a_leaver_shown_in_the_part_is_former_when_another_takes_it_over() -> None:
    found = facts(_LEDE, _LEFT, _TAKER, _CAPTION)
    statuses = served_statuses(found)
    assert statuses.get(("Osian Bellweather", "Gil Trevose")) is CastStatus.CURRENT
    assert statuses.get(("Dara Quenby", "Gil Trevose")) is not CastStatus.CURRENT
    assert ("Dara Quenby", "Gil Trevose") in former_pairs(found)


def test_an_actor_not_told_leaving_keeps_the_part() -> None:
    found = facts(
        _LEDE,
        "Dara Quenby has been praised for her work on the show.",
        _TAKER,
        _CAPTION,
    )
    statuses = served_statuses(found)
    assert ("Dara Quenby", "Gil Trevose") not in former_pairs(found)
    assert statuses.get(("Osian Bellweather", "Gil Trevose")) is CastStatus.CURRENT


def test_a_leaver_of_a_part_no_one_takes_over_keeps_it() -> None:
    found = facts(
        _LEDE,
        _LEFT,
        "Newcomer Osian Bellweather has been signed to play Gil Trevose in series three.",
        _CAPTION,
    )
    assert ("Dara Quenby", "Gil Trevose") not in former_pairs(found)
