"""A thing's perfect is no leaving: "Ada Vale, who returns as Mira, shares a scene that has left
a lot of you in pieces" keeps Vale's part current; "X, who plays Y, has left the series" is
still a leaving (invented sentences)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses


def test_a_scene_that_has_left_viewers_is_no_leaving() -> None:
    found = facts(
        "Orchard Hours lands on Friday.",
        "Vale, who returns as Mira Holt, shares a breakfast with Tom Rudd that has left a lot of"
        " you in pieces.",
        "Ada Vale plays Mira Holt.",
    )
    assert served_statuses(found).get(("Ada Vale", "Mira Holt")) is CastStatus.CURRENT


def test_an_actor_who_has_left_is_former() -> None:
    found = facts(
        "Orchard Hours lands on Friday.",
        "Ada Vale, who plays Mira Holt, has left the series.",
    )
    assert served_statuses(found).get(("Ada Vale", "Mira Holt")) is not CastStatus.CURRENT
