"""A past part told with who it is before the work it is in ("best known as X, the eldest
daughter in the BBC saga Y"), on invented text: that work's part, not a casting of this one."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_past_part_described_then_set_in_another_work_is_dropped() -> None:
    for text, pair in (
        (
            "Tully, 31, is best known as Greta Moll, the scheming aunt in the ITV saga Marsh "
            "Lights.",
            ("Bo Tully", "Greta Moll"),
        ),
        (
            "Tully earned rave reviews as Hal Brisk, a ferryman on the long-running soap Quayside.",
            ("Bo Tully", "Hal Brisk"),
        ),
    ):
        found = pairs(
            facts(
                "Copper Bay adds a name.",
                "Bo Tully will play Juno Hart in Copper Bay.",
                text,
                title="Copper Bay adds a name",
            )
        )
        assert ("Bo Tully", "Juno Hart") in found
        assert pair not in found
