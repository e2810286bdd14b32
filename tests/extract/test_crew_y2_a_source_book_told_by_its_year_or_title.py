"""The author whose book the work adapts, the book told by its year or its title (invented
sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "The Heron Weir begins filming on the Norfolk Broads"
_LEDE = "The Heron Weir, a six-part mystery for ITV, began filming on the Norfolk Broads."


def test_whose_titled_novel_it_adapts_credits_the_author() -> None:
    found = facts(
        _LEDE,
        "It is written by Tamsin Orrell-Vane, whose novel The Reed Cutters it adapts.",
        title=_TITLE,
    )
    assert ("author", "Tamsin Orrell-Vane") in credits(found)


def test_whose_dated_book_the_series_adapts_credits_the_author() -> None:
    found = facts(
        _LEDE,
        "It is written by Tamsin Orrell-Vane, whose 2018 book the series adapts.",
        title=_TITLE,
    )
    assert ("author", "Tamsin Orrell-Vane") in credits(found)


def test_whose_titled_novel_won_a_prize_credits_no_author() -> None:
    found = facts(
        _LEDE,
        "It is written by Tamsin Orrell-Vane, whose novel The Reed Cutters won a prize in 2019.",
        title=_TITLE,
    )
    assert ("author", "Tamsin Orrell-Vane") not in credits(found)
