"""Two actors, then their parts in order in an apposition marked as parts ("A and B, P and Q
respectively, ...", "..., P and Q on screen, ...", "..., P and Q in the series, ..."), with no
casting verb: each actor takes the part in its place; an apposition with no such mark ("A and
B, Leeds and Truro, ...") names no parts. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "The Lark Estate: our day on set"


def test_parts_apposed_respectively_pair_in_order() -> None:
    found = facts(
        "On the Lark Estate set, Cora Penhale and Esme Radcliffe, Winnie and Hattie "
        "respectively, are rehearsing a row in the kitchen.",
        title=_TITLE,
    )
    assert served_pairs(found) == {("Cora Penhale", "Winnie"), ("Esme Radcliffe", "Hattie")}


def test_parts_apposed_on_screen_pair_in_order() -> None:
    found = facts(
        "At the Lark Estate launch, Bryn Allard and Tomos Yale, Hal Drover and Ned Pike on "
        "screen, posed by the lake.",
        title=_TITLE,
    )
    assert served_pairs(found) == {("Bryn Allard", "Hal Drover"), ("Tomos Yale", "Ned Pike")}


def test_an_unmarked_apposed_pair_names_no_parts() -> None:
    found = facts(
        "At the Lark Estate launch, Bryn Allard and Tomos Yale, Leeds and Truro, posed by the "
        "lake.",
        title=_TITLE,
    )
    assert not served_pairs(found)
