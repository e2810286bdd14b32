"""A leaver told by surname after the casting, then the part given on in the same sentence
without naming it: "X has now exited the series, and the role has passed to Y" or "X quit, and
the role went to newcomer Y". The leaver's part is the one the article cast them in: former,
and the new actor plays it now. A leaving of something else ("left the band") or a part gone
"to a friend of Y" moves nothing. Invented text."""

from __future__ import annotations

import pytest

from bot.facts import CastStatus
from tests.extract.helpers import facts

_CAST = "Hollis Brae will play the innkeeper Gideon Sowerby in The Long Tide, the channel said."


def _served(*paragraphs: str) -> set[tuple[str, str, CastStatus]]:
    return {(f.actor, f.character, f.status) for f in facts(*paragraphs).cast if f.served}


@pytest.mark.parametrize(
    "moved",
    [
        "Yet Brae has since exited the series, and the role has passed to little-known Arlo Finch.",
        "Brae quit in June, and the role went to Arlo Finch.",
        "Brae stepped away from the drama last week, and the part went to newcomer Arlo Finch, 19.",
    ],
)
def test_the_part_given_on_after_a_leaving(moved: str) -> None:
    served = _served(_CAST, moved)
    assert ("Hollis Brae", "Gideon Sowerby", CastStatus.FORMER) in served, moved
    assert ("Arlo Finch", "Gideon Sowerby", CastStatus.CURRENT) in served, moved
    assert ("Hollis Brae", "Gideon Sowerby", CastStatus.CURRENT) not in served, moved


@pytest.mark.parametrize(
    "unrelated",
    [
        "Brae left the band in 2019, and the part went to Arlo Finch.",
        "Brae quit the choir last spring, and the role has gone to Arlo Finch.",
        "Brae has now left the series, and the part has gone to a friend of Arlo Finch.",
    ],
)
def test_a_leaving_of_something_else_or_a_part_not_given_to_the_name(unrelated: str) -> None:
    served = _served(_CAST, unrelated)
    assert ("Hollis Brae", "Gideon Sowerby", CastStatus.CURRENT) in served, unrelated
    assert not any(actor == "Arlo Finch" for actor, _, _ in served), unrelated
