"""A newsletter that calls itself a briefing or digest ("Frost Ledger | your Friday briefing on
what is being made", "The morning digest") rather than a newsletter: an item its lede lists as other
news, that never names our work, credits nothing of ours."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_credits

_HEADLINE = "Frost Ledger: Wrenfold Bay finds its lead"


@pytest.mark.parametrize(
    "opening",
    [
        "FROST LEDGER | Your Friday briefing on the shows in the making.",
        "Good morning, and welcome to the daily digest for people who watch too much telly.",
        "This is Lintel Sheet, the daily bulletin from the cutting rooms.",
    ],
)
def test_a_briefings_listed_other_item_credits_nothing_of_ours(opening: str) -> None:
    found = facts(
        "Wrenfold Bay finds its lead, ITV renews Cragmoor, and a Venice darling lands a home.",
        opening,
        "1. WRENFOLD BAY FINDS ITS LEAD",
        "Apple has cast Ines Marr in Wrenfold Bay, which Tova Reyes directs from October.",
        "2. CRAGMOOR RENEWED",
        "ITV has ordered a second series of its moorland mystery Cragmoor.",
        "3. A VENICE DARLING FINDS A HOME",
        "The big winner at the festival, Stillwater Pass, has been bought by a UK distributor. "
        "Director Selma Oduya said the deal was a dream.",
        "That is all for today.",
        date="2025-06-06",
        title=_HEADLINE,
    )
    assert ("director", "Selma Oduya") not in served_credits(found)
    assert ("director", "Tova Reyes") in served_credits(found)
