"""A live blog's "X has arrived, with A (P) close behind": the one who follows an arrival is a
guest, so the name outside the bracket is the actor."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Pewter Meadow premiere is under way in Leicester Square."


@pytest.mark.parametrize(
    "line",
    [
        "Ines Corr has arrived in a silver suit, with Pavel Drummond (Abel Stroud) close behind.",
        "Ines Corr has just walked in, with Pavel Drummond (Abel Stroud) a step behind her.",
        "Ines Corr is here, with Pavel Drummond (Abel Stroud) in tow.",
    ],
)
def test_the_pair_following_an_arrival_puts_its_actor_first(line: str) -> None:
    found = served_pairs(facts(_LEDE, line))
    assert ("Pavel Drummond", "Abel Stroud") in found
    assert ("Abel Stroud", "Pavel Drummond") not in found
