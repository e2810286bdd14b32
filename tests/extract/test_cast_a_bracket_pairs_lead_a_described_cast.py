"""A bracketed pair before "lead the returning cast", on invented text: the names outside the
brackets lead the cast, so they are the actors, whatever words describe the cast."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_RETURNS_LEDE, facts, served_pairs


def test_a_described_cast_led_by_the_outer_name() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            "Trask and Hollis Quarne (Edwin Tallis) lead the returning cast alongside Cadoc Vell.",
        )
    )
    assert ("Hollis Quarne", "Edwin Tallis") in found, found
    assert ("Edwin Tallis", "Hollis Quarne") not in found, found


def test_a_plain_cast_still_led_by_the_outer_name() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            "Trask and Hollis Quarne (Edwin Tallis) lead the cast alongside Cadoc Vell.",
        )
    )
    assert ("Hollis Quarne", "Edwin Tallis") in found, found
