"""A casting told and ended in one sentence, "X was announced as P, but was replaced by Y", on
invented text: X's casting is former and Y, the successor, plays P (a successor's "by" is no
"played by" crossing into another item)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import TIN_VEIN_LEDE, facts, served_statuses


def test_a_successor_takes_the_announced_part() -> None:
    found = served_statuses(
        facts(
            TIN_VEIN_LEDE,
            "Hollis Quarne was announced as the heroine's uncle, Edwin Tallis, but was replaced"
            " by Cadoc Vell after a diary clash.",
        )
    )
    assert found.get(("Hollis Quarne", "Edwin Tallis")) is CastStatus.FORMER, found
    assert found.get(("Cadoc Vell", "Edwin Tallis")) is CastStatus.CURRENT, found


def test_praise_by_another_actor_ends_no_casting() -> None:
    found = served_statuses(
        facts(
            TIN_VEIN_LEDE,
            "Hollis Quarne was announced as the heroine's uncle, Edwin Tallis, and was praised"
            " by Cadoc Vell at the read-through.",
        )
    )
    assert found.get(("Hollis Quarne", "Edwin Tallis")) is CastStatus.CURRENT, found
    assert ("Cadoc Vell", "Edwin Tallis") not in found, found
