"""A chart whose lede puts one work at the top and pushes another down a place: the castings
told of the runner-up, in the sentence after the one that ranks it, are that work's, not the
article's own (:mod:`bot.extract.castanaphors`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs


@pytest.mark.parametrize(
    ("lede", "ranked", "told"),
    [
        (
            "Coastal thriller Brinewater topped the streaming chart, pushing the Larkfield film"
            " into second place.",
            "In second place overall was “Larkfield: The Last Summer,” which opened a week"
            " earlier.",
            "The finale of the long-running series, starring Odo Marsh and Pia Lenk as"
            " Wren Tally and Sol Avery, drew 4 million views.",
        ),
        (
            "Brinewater, a new police drama, was the most-watched show of the week, knocking"
            " Larkfield down to second.",
            "In second place on the films list was “Larkfield,” down 20 per cent.",
            "The sequel to the animated film, starring Odo Marsh as Wren Tally, slipped after"
            " two weeks on top.",
        ),
    ],
)
def test_the_runner_up_the_lede_pushes_down_is_another_work(
    lede: str, ranked: str, told: str
) -> None:
    found = facts(
        lede,
        "The six-part series stars Greta Ulve as DS Moira Penhale, a detective new to the town.",
        f"{ranked} {told}",
        date="2026-06-03",
        title="Streaming chart: ‘Brinewater’ opens at No. 1; ‘Larkfield’ holds on",
    )
    served = served_pairs(found)
    assert ("Greta Ulve", "DS Moira Penhale") in served
    assert not any(actor == "Odo Marsh" for actor, _ in served)
