"""A successor replacing a leaver named with nationality and trade, "X has replaced Welsh actor
Y as P", on invented text: Y had the part (former) and X has it now; without the trade the
same sentence already read so."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import TIN_VEIN_LEDE, facts, served_statuses


def test_a_leaver_with_origin_and_trade_is_former() -> None:
    found = served_statuses(
        facts(
            TIN_VEIN_LEDE,
            "Scottish actor Hollis Quarne has replaced Welsh actress Wenna Trask as Morwen Pascoe,"
            " the mine owner's widow.",
        )
    )
    assert found.get(("Wenna Trask", "Morwen Pascoe")) is CastStatus.FORMER, found
    assert found.get(("Hollis Quarne", "Morwen Pascoe")) is CastStatus.CURRENT, found


def test_a_leaver_with_trade_alone_is_former() -> None:
    found = served_statuses(
        facts(TIN_VEIN_LEDE, "Hollis Quarne has replaced actor Cadoc Vell as Edwin Tallis.")
    )
    assert found.get(("Cadoc Vell", "Edwin Tallis")) is CastStatus.FORMER, found
    assert found.get(("Hollis Quarne", "Edwin Tallis")) is CastStatus.CURRENT, found


def test_a_plain_leaver_still_reads() -> None:
    found = served_statuses(
        facts(TIN_VEIN_LEDE, "Hollis Quarne has replaced Cadoc Vell as Edwin Tallis.")
    )
    assert found.get(("Cadoc Vell", "Edwin Tallis")) is CastStatus.FORMER, found
    assert found.get(("Hollis Quarne", "Edwin Tallis")) is CastStatus.CURRENT, found
