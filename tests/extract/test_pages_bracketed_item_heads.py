"""A newsletter's numbered items headed by a work's name and, in brackets, where and when to see
it ("2. Copper Sound (BBC Two, Sunday 9pm)"): an item whose heading names none of ours is
another work's, even when its paragraph calls the work only "the thriller"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = "Morning, all. A big week on the sofa, so let us get straight to it."
_TITLE = "The Couch Digest: Lanternfield’s farewell, a coastal thriller and more"
_OURS = (
    "1. Lanternfield: Always (Netflix, from Friday)",
    "The Lanternfield film finally arrives on Friday 4 September, with Corin Ashgrove back as "
    "Tobias Wren for one last summer.",
)
_OTHERS = [
    (
        "2. Copper Sound (BBC Two, Sunday 9pm)",
        "The bleak coastal thriller returns for a third run, with Pella Ostrand as the harbour "
        "detective DS Rhoda Vance, and creator Osric Lavelle has promised a darker winter.",
    ),
    (
        "3. The Marlow Bequest (in cinemas next Friday)",
        "Pella Ostrand plays a disgraced banker, Rhoda Vance, in this handsome Regency caper "
        "from director Osric Lavelle, out in UK cinemas on 11 September.",
    ),
    (
        "2. Saltmarsh Road (Prime Video, from Friday 18 September)",
        "This slow-burn mystery stars Pella Ostrand as Rhoda Vance, a ferry pilot with secrets; "
        "writer Osric Lavelle adapts his own novel.",
    ),
]


@pytest.mark.parametrize(("heading", "item"), _OTHERS)
def test_bracketed_other_item_lends_our_film_nothing(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-08-27", title=_TITLE)
    assert ("Corin Ashgrove", "Tobias Wren") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))
    assert not any(name == "Osric Lavelle" for _, name in served_credits(found))


def test_bracketed_heading_naming_ours_stays_ours() -> None:
    found = facts(
        _LEDE,
        *_OURS,
        "2. Lanternfield: Always (Netflix, Friday 8am)",
        "Mirela Dunst joins the film as Hester Quill, and director Osric Lavelle returns.",
        date="2026-08-27",
        title=_TITLE,
    )
    assert ("Mirela Dunst", "Hester Quill") in served_pairs(found)
