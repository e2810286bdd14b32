"""After a theatre district ("the new West End play Salt Year", "a Broadway play"), "play" is
the noun: the district is no actor and the play no part; a name before the verb "play" still
casts (invented articles)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs


@pytest.mark.parametrize("district", ["West End", "Broadway", "Fringe"])
def test_a_districts_play_is_no_casting(district: str) -> None:
    found = pairs(
        facts(
            "Ada Vell plays Mira Holt in Harrow Fen, out on Streamly on Friday.",
            f"Vell is also rehearsing the new {district} play The Salt Year, in which she will"
            " play Nessa Crane from June.",
        )
    )
    assert ("Ada Vell", "Mira Holt") in found
    assert not any("Salt Year" in part for _, part in found), district
    assert not any(district in actor for actor, _ in found), district


def test_a_pair_before_the_verb_play_still_casts() -> None:
    found = pairs(
        facts(
            "Harrow Fen is out on Streamly on Friday.",
            "Ada Vell and Tom Reyes play Mira Holt and Jon Pike, two rival trawler captains.",
        )
    )
    assert {("Ada Vell", "Mira Holt"), ("Tom Reyes", "Jon Pike")} <= found
