"""A sentence opening "Joining Stabb are ..." (a trade exclusive's rest of the cast), on
invented text: "Joining Stabb" is no second person sharing the lead's surname, so "Stabb"
still resolves to the lead and their part is kept."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Perrin Stabb will lead Streamly’s rural thriller The Sallow Acre."


def test_a_joining_opener_leaves_the_lead_resolved() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Stabb takes over the lead role of widowed farmer Ysolde Marrack from Cadoc Vell.",
            "Joining Stabb are Hollis Quarne as her brother Oskar and Lowen Tregear as Brythe.",
        )
    )
    assert ("Perrin Stabb", "Ysolde Marrack") in found, found
    assert ("Hollis Quarne", "Oskar") in found, found
