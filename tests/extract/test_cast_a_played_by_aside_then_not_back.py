"""A part's actor in a "played by" aside, then told as not coming back, on invented text: the
casting is a former one; a part who "does not return to the harbour" in the plot is still cast."""

from __future__ import annotations

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts

_LEDE = "Gorsehaven returns for a second series tonight, with a new sergeant on the island."


@pytest.mark.parametrize(
    ("paragraph", "status"),
    [
        pytest.param(
            "Series one’s Sgt Wenna Laity, played by Hedda Quiller, doesn’t return; Quiller is on"
            " stage in Bristol.",
            CastStatus.FORMER,
            id="an_aside_then_not_back_is_former",
        ),
        pytest.param(
            "Sgt Wenna Laity, played by Hedda Quiller, does not return to the harbour until the"
            " final scene.",
            CastStatus.CURRENT,
            id="a_plot_not_returning_somewhere_is_still_current",
        ),
        pytest.param(
            "Sgt Wenna Laity, played by Hedda Quiller, has left for the mainland; Jory Kellow,"
            " played by Perran Voss, stays behind.",
            CastStatus.CURRENT,
            id="a_part_leaving_in_the_story_is_still_current",
        ),
    ],
)
def test_an_aside_actor_is_former_only_when_the_actor_is_not_back(
    paragraph: str, status: CastStatus
) -> None:
    found = facts(_LEDE, paragraph, title="Gorsehaven series two review")
    got = next((c.status for c in found.cast if c.actor == "Hedda Quiller"), None)
    assert got is status, found.cast
