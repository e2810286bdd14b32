"""A numbered newsletter's other items, headed in capitals with the work quoted, or headed by no
work at all while the item's first paragraph sets one by apposition: every category reads them
as another work's news, not ours."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = "Good morning, and welcome to issue 88. Three stories from the week."
_OURS = (
    "1. LANTERNFIELD: THE FINAL CHAPTER",
    "Netflix has revealed the title of the Lanternfield film: Lanternfield: Always. Corin "
    "Ashgrove returns as Tobias Wren, and the film arrives on 4 September.",
)
_TITLE = "The Slate: Lanternfield gets its title, and more"
_OTHERS = [
    (
        "2. ‘DUNMERE’ FINDS ITS DETECTIVE",
        "Channel 5’s rural thriller “Dunmere” has cast Pella Ostrand as DS Rhoda Vance. "
        "Created by Osric Lavelle, it starts filming in March and is due in autumn 2027.",
    ),
    (
        "2. Lisbon after dark",
        "If you want something colder, Noite Longa, the new Portuguese crime series from RTP, "
        "begins on BBC Four on Saturday 12 June. Pella Ostrand plays Inspector Rhoda Vance. "
        "Created by Osric Lavelle, it is as bleak as you would hope.",
    ),
    (
        "2. THE WRECKERS RETURN",
        "Sky’s period drama ‘The Wreckers’ is back for a third run, with Pella Ostrand as Rhoda "
        "Vance. Created by Osric Lavelle, it starts filming in March and lands on 12 June.",
    ),
]


@pytest.mark.parametrize(("heading", "item"), _OTHERS)
def test_other_item_lends_our_film_nothing(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-01-22", title=_TITLE)
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))
    assert ("creator", "Osric Lavelle") not in served_credits(found)
    dates = {str(r.date or r.window or "") for r in found.release if r.served}
    assert not any(d.startswith("2027") or d == "2026-06-12" for d in dates)
    assert not any(r.kind.value == "filming_planned" for r in found.release if r.served)


def test_item_heading_no_work_whose_paragraph_names_ours_stays_ours() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "2. Behind the camera",
        "Lanternfield, the new Netflix romance, was shot in Whitby. Mirela Dunst joins the film "
        "as Hester Quill.",
        date="2026-01-22",
        title=_TITLE,
    )
    assert ("Mirela Dunst", "Hester Quill") in served_pairs(found)


def test_headline_naming_another_items_place_leaves_that_item_another_works() -> None:
    found = facts(
        _LEDE,
        "1. Lanternfield: the last trailer lands",
        "Netflix released the last trailer for Lanternfield on Monday. Corin Ashgrove returns "
        "as Tobias Wren.",
        *_OTHERS[1],
        date="2026-01-22",
        title="The Slate: Lanternfield’s last trailer, a Lisbon noir and more",
    )
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))
    assert not any(str(r.date) == "2026-06-12" for r in found.release if r.served)
