"""A part whose name opens on an abbreviated rank with its stop ("Lt. Hale") keeps the rank."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_abbreviated_rank_with_a_stop_stays_on_the_part() -> None:
    found = facts(
        "Yarrowmere, a coastal drama for Sky, begins filming in May.",
        "Vessa Thrandle joins Quillon Ardersby, who plays the keeper Orla, and Dain Pellowe as "
        "customs man Lt. Kestwick. Newcomer Mira Fenlock is Tansy Corvath.",
        title="Yarrowmere adds three",
    )
    assert ("Dain Pellowe", "Lt. Kestwick") in served_pairs(found)
    assert ("Dain Pellowe", "Lt") not in served_pairs(found)


def test_a_colonel_with_a_stop_stays_on_the_part() -> None:
    found = facts(
        "Yarrowmere, a coastal drama for Sky, begins filming in May.",
        "Dain Pellowe plays Col. Kestwick, the garrison's commander.",
        title="Yarrowmere adds a colonel",
    )
    assert ("Dain Pellowe", "Col. Kestwick") in served_pairs(found)
