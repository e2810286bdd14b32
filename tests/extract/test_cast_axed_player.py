"""A tabloid's "X, who has played Y since 2023, has been axed / dropped / written out": X has
left the part, so X is no current player; "has been dropped into" a scene is no leaving."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

_TITLE = "Copper Bay star AXED as the soap recasts its landlord"


def test_an_axed_player_is_a_former_one() -> None:
    for verb in (
        "has been axed",
        "has been dropped ahead of the new series",
        "has been written out",
    ):
        found = facts(
            "Copper Bay is recasting its landlord.",
            f"Ada Vale, who has played landlord Mira Holt since 2023, {verb}, we can reveal.",
            title=_TITLE,
        )
        assert served_statuses(found).get(("Ada Vale", "Mira Holt")) is CastStatus.FORMER, verb


def test_dropped_into_a_scene_is_no_leaving() -> None:
    found = facts(
        "Copper Bay is back.",
        "Ada Vale, who plays landlord Mira Holt, has been dropped into the middle of a storm.",
        title="Copper Bay series three: first look",
    )
    assert served_statuses(found).get(("Ada Vale", "Mira Holt")) is CastStatus.CURRENT
