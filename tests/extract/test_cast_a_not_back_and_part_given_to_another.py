"""A leaver told as not coming back in the sentence that gives their part to another, on
invented text: "X will not return for the second series, and P will be played by Y" makes X's
earlier casting as P former; a sentence giving the part to no one leaves it current."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import TIN_VEIN_RETURNS_LEDE, facts, served_statuses

_FIRST = "In the first run, Wenna Trask's performance as Morwen Pascoe won her a prize."


def test_the_leaver_is_former_and_the_successor_current() -> None:
    found = served_statuses(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            _FIRST,
            "The channel said Trask will not return for the second series, and that Morwen will"
            " be played by Hollis Quarne.",
        )
    )
    assert found.get(("Wenna Trask", "Morwen Pascoe")) is CastStatus.FORMER, found
    assert found.get(("Hollis Quarne", "Morwen Pascoe")) is CastStatus.CURRENT, found


def test_no_successor_leaves_the_casting_current() -> None:
    found = served_statuses(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            _FIRST,
            "The channel said Trask will not return to the stage this year, and that Morwen will"
            " be seen more in the second series.",
        )
    )
    assert found.get(("Wenna Trask", "Morwen Pascoe")) is CastStatus.CURRENT, found
