"""A bracketed aside between a part and "is played by" ("Her cousin Bea (no relation to the
other Bea) is played by X"; "Ottilie Marsh (yes, the one from the books) is played by X") does
not hide the casting."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_aside_with_a_comma_before_is_played_by() -> None:
    found = facts(
        "The Lantern Years trailer is here.",
        "Her cousin Bea (no relation, sadly, to the other Bea) is played by Sorcha Ellingham, "
        "and she is perfect.",
    )
    assert ("Sorcha Ellingham", "Bea") in served_pairs(found)


def test_a_short_aside_before_is_played_by() -> None:
    found = facts(
        "Lantern Years has a first trailer.",
        "Ottilie Marsh (yes, the one from the books) is played by Priya Castellano.",
    )
    assert ("Priya Castellano", "Ottilie Marsh") in served_pairs(found)
