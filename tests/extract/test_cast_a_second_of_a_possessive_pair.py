"""The second of a possessive pair, "A's P and B's Q <anything>", on invented text: once the
first is read as a part, the second, in the same form, is one too; a second possessive after a
first that owns a work is not read."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Streamly's mining drama The Tin Vein returns for a second series next year."


def test_the_second_of_the_pair_is_a_part() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "The new run follows Wenna Trask's Morwen and Hollis Quarne's Edwin through a hard"
            " winter at the mine.",
        )
    )
    assert ("Wenna Trask", "Morwen") in found, found
    assert ("Hollis Quarne", "Edwin") in found, found


def test_a_second_possessive_after_a_work_is_not_read() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "She has been seen in Wenna Trask's Saltfields and Hollis Quarne's Edwin through"
            " the years.",
        )
    )
    assert ("Hollis Quarne", "Edwin") not in found, found
