"""A weekly guide's other item names a season of another show ("Season three of ‘Tin Lid’
arrives on Friday, with Ada Vale back as Mira", "Series 2 of “Brine Lane” lands next week"):
"of" after a season's number names the work itself, not someone's credit, so the item's
castings are that show's (:mod:`bot.extract.castquotedworks`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, served_pairs


@pytest.mark.parametrize(
    "item",
    [
        "Season three of ‘Tin Lid’ arrives on Channel 4 on Wednesday 24 June, with Marit Sandoe"
        " back as stage manager Hedda Lowe.",
        "Series 2 of “Brine Lane” lands on Sky next week, with Marit Sandoe as Hedda Lowe.",
        "Part two of ‘The Curlew Winter’ drops on Friday, starring Marit Sandoe as Hedda Lowe.",
    ],
)
def test_another_shows_season_cast_is_not_ours(item: str) -> None:
    found = facts(
        "Saltmarrow, with Orla Fenwick as Tamsin Roke, is our pick of the week.",
        item,
        date="2026-06-15",
        title="What to watch this week: Saltmarrow and more",
    )
    served = served_pairs(found)
    assert ("Orla Fenwick", "Tamsin Roke") in served
    assert ("Marit Sandoe", "Hedda Lowe") not in served
