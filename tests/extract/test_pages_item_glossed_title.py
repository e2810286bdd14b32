"""A newsletter's numbered item whose quoted title carries a gloss in brackets before its
apposition ("“Yr Afon Ddu” (The Black River), a crime drama", "“Mørkets Vei” (Dark Road), the
new Norwegian thriller"): the gloss is the title's translation, and the item is that work's
news, as it is without one, so what it casts or credits lends our work nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = "Today: Lanternfield gets a premiere, a Welsh noir, and a quiz."
_TITLE = "The Couch Digest: Lanternfield’s big night, and a noir goes to series"
_OURS = (
    "1. Lanternfield: Always gets a premiere",
    "Lanternfield: Always, the film finale of the Netflix series, premieres in Leeds on "
    "Friday 4 September, with Corin Ashgrove back as Tobias Wren.",
)
_OTHERS = [
    (
        "2. A Welsh channel goes to series",
        "The channel has ordered eight episodes of “Yr Afon Ddu” (The Black River), a crime "
        "drama set in the valleys. Pella Ostrand stars as DS Rhoda Vance, with Osric Lavelle "
        "directing.",
    ),
    (
        "2. Nordic noir news",
        "NRK has commissioned ‘Mørkets Vei’ (Dark Road), the new Norwegian thriller from the "
        "makers of a hit. Pella Ostrand plays Rhoda Vance; Osric Lavelle directs.",
    ),
]


@pytest.mark.parametrize(("heading", "item"), _OTHERS)
def test_glossed_title_item_lends_ours_nothing(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-08-07", title=_TITLE)
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))
    assert not any(name == "Osric Lavelle" for _, name in served_credits(found))
