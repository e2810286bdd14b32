"""A bracketed pair before "lead the returning cast", on invented text: the names outside the
brackets lead the cast, so they are the actors, whatever words describe the cast."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Streamly's mining drama The Tin Vein returns for a second series next year."


def test_a_described_cast_led_by_the_outer_name() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Trask and Hollis Quarne (Edwin Tallis) lead the returning cast alongside Cadoc Vell.",
        )
    )
    assert ("Hollis Quarne", "Edwin Tallis") in found, found
    assert ("Edwin Tallis", "Hollis Quarne") not in found, found


def test_a_plain_cast_still_led_by_the_outer_name() -> None:
    found = served_pairs(
        facts(_LEDE, "Trask and Hollis Quarne (Edwin Tallis) lead the cast alongside Cadoc Vell.")
    )
    assert ("Hollis Quarne", "Edwin Tallis") in found, found
