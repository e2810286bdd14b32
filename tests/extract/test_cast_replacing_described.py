"""A newcomer joining in the place of an actor told by kind ("replacing Irish actor X as Y"),
on invented text: the part is the newcomer's, not the leaver's."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_replacing_a_described_actor_gives_the_part_to_the_newcomer() -> None:
    for text in (
        "Bo Tully has joined the cast of the Copper Bay film, replacing Welsh actor Noel Cray "
        "as Hal Brisk, a ferryman with a past.",
        "Bo Tully has signed on to Copper Bay, replacing actress Noel Cray in the role of "
        "Hal Brisk.",
    ):
        found = facts("Copper Bay recasts a lead.", text, title="Copper Bay recasts a lead")
        current = {(c.actor, c.character) for c in found.cast if c.status.value == "current"}
        assert ("Bo Tully", "Hal Brisk") in current
        assert ("Noel Cray", "Hal Brisk") not in current
