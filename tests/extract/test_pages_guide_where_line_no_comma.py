"""A what-to-watch guide's entry headed by a title over a where line that has no comma ("In
cinemas from Friday 9 October", "Netflix from Thursday"): the where line is no short heading
("Also new this week") that ends the entries, so what the entry casts is still its own work's,
never the page's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs

_LEDE = "A seaside saga leads our pick of the week’s new TV."
_TITLE = "What to watch this weekend: Gullhaven, Brass Lantern and the rest"
_OURS = (
    "Pick of the week",
    "Gullhaven",
    "Netflix, all six episodes from today (Friday 2 October)",
    "Corin Ashgrove stars as Tobias Wren, the owner of a failing pier.",
    "Also new this weekend",
    "Brass Lantern",
    "BBC Two, Sunday 4 October, 9pm",
    "A slow police drama with Mirela Dunst as DS Hester Quill.",
)
_WHERE = [
    "In cinemas from Friday 9 October",
    "Netflix from Thursday",
    "In cinemas next Friday",
]


@pytest.mark.parametrize("where", _WHERE)
def test_entry_under_comma_free_where_line_is_its_own(where: str) -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "Tinmouth",
        where,
        "Worth flagging: Osric Lavelle’s mining drama stars Pella Ostrand as Rhoda Vance, a "
        "pit-head clerk.",
        date="2026-10-02",
        title=_TITLE,
    )
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert ("Pella Ostrand", "Rhoda Vance") not in served_pairs(found)
