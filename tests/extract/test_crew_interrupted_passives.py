"""A passive credit split by an aside between the craft and "by" (invented sentences, none of
the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_score_described_before_its_by_credits_the_composer() -> None:
    found = facts("The score, all drones and fiddles, is by Tomas Riv.", title="Salt Meadow review")
    assert ("composer", "Tomas Riv") in credits(found)


def test_cinematography_described_before_once_again_by_credits_the_cinematographer() -> None:
    found = facts(
        "The cinematography, shot on grainy 16mm, is once again by Lea Marsh, who shot the first "
        "film.",
        title="Salt Meadow review",
    )
    assert ("cinematographer", "Lea Marsh") in credits(found)


def test_another_works_craft_or_by_far_credits_nobody() -> None:
    found = facts(
        "The score of Lumen, all drones, is by Tomas Riv.",
        "The script, he said, is by far the best he has read.",
        title="Salt Meadow review",
    )
    assert not credits(found)
