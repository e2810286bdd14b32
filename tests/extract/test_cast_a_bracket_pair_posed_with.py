"""A bracketed pair after "poses with", on invented text: people pose for the cameras, parts
do not, so the name outside the bracket is the actor; the same pair in a scene's prose, with
nothing to settle it, is not served that way round."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The cast of Streamly's mining drama The Tin Vein gathered in Truro for its premiere."


def test_a_pose_with_the_pair_puts_the_actor_outside() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Wenna Trask, who plays Morwen Pascoe, poses with Hollis Quarne (Edwin Tallis) on"
            " the carpet.",
        )
    )
    assert ("Hollis Quarne", "Edwin Tallis") in found, found
    assert ("Edwin Tallis", "Hollis Quarne") not in found, found


def test_a_scene_with_the_pair_is_not_read_actor_outside() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "In the second episode Morwen argues with Hollis Quarne (Edwin Tallis) at the mine.",
        )
    )
    assert ("Hollis Quarne", "Edwin Tallis") not in found, found
