"""A newsletter item headed by a work's name whose paragraph names it as a further run ("a new
series of Dunmere", "the third season of Dunmere") tells that work's news, not ours (invented
sentences, none of the corpus's names)."""

from __future__ import annotations

import pytest

from bot.facts import ReleaseKind
from tests.extract.helpers import facts, served_pairs

_LEDE = "Morning, readers. Two things you need to know today."
_OURS = (
    "1. LANTERNFIELD: ALWAYS",
    "Netflix has revealed the title of the Lanternfield film: it's Lanternfield: Always. "
    "Corin Ashgrove returns as Sabeth Kittow.",
)
_TITLE = "The Spool: Lanternfield gets its title, Dunmere is back"


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        (
            "2. DUNMERE GOES AGAIN",
            "The channel has commissioned a fourth series of Dunmere, and Pella Ostrand will again "
            "play DS Rhoda Vance. Nobody is saying when it airs.",
        ),
        (
            "2. Dunmere is back",
            "Filming on the third season of Dunmere starts in June, and Pella Ostrand returns as "
            "DS Rhoda Vance. There is no release date yet.",
        ),
        (
            "2. MORE DUNMERE",
            "Sky has ordered a new run of Dunmere. Pella Ostrand is back as DS Rhoda Vance, though "
            "no date has been announced.",
        ),
    ],
)
def test_item_naming_its_heading_as_a_further_series_is_that_works(heading: str, item: str) -> None:
    found = facts(_LEDE, *_OURS, heading, item, date="2026-01-22", title=_TITLE)
    assert ("Corin Ashgrove", "Sabeth Kittow") in served_pairs(found)
    assert not any(actor == "Pella Ostrand" for actor, _ in served_pairs(found))
    kinds = {r.kind for r in found.release if r.served}
    assert ReleaseKind.NOT_ANNOUNCED not in kinds
