"""A round-up under numbered name headings ("5. Ada Vale"), and a trade told after another work's
("The Moss author and Lanterns creator posted ..."): the last trade, of this work, counts."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_INTRO = "The Sable Tide film had its premiere on Tuesday, and everyone posted."


def test_a_trade_under_a_numbered_name_heading_credits_the_heading() -> None:
    found = facts(
        _INTRO,
        "1. Kelda Marsh",
        "Marsh, who plays Nell, shared a photo of her dress.",
        "2. Tavish Morrow",
        "The director posted a picture of the cast on the steps.",
        "3. Ottilie Brask",
        "The Hollow Rook author and Sable Tide creator posted her first sketch of the harbour.",
        title="Sable Tide premiere: the best posts",
    )
    assert {("director", "Tavish Morrow"), ("creator", "Ottilie Brask")} <= credits(found)
    assert ("author", "Ottilie Brask") not in credits(found)


def test_a_trade_after_another_works_with_no_work_of_its_own_credits_nobody() -> None:
    found = facts(
        _INTRO,
        "1. Kelda Marsh",
        "Marsh, who plays Nell, shared a photo of her dress.",
        "2. Ottilie Brask",
        "The Hollow Rook author and director posted her first sketch of the harbour.",
        title="Sable Tide premiere: the best posts",
    )
    assert not {name for _, name in credits(found)} & {"Ottilie Brask"}
