"""Another work's stars told after its credit: a title with a comma or "&" and a year in
brackets ("Gorse, Salt & Ember (2019), directed by X and starring A and B as P"), a maker's
title joined by "and" ("X's Nettle and Brine starred B as P")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Brannock Tide: five things from the trailer"


def test_a_dated_title_with_comma_and_ampersand_is_another_works() -> None:
    found = facts(
        "Wrenna Collis plays Ysolde Marr in Brannock Tide.",
        "If you need something to fill the wait, Gorse, Salt & Ember (2019), directed by Piet "
        "Ostley and starring Orrin Taft and Lowen Fitch as Prince Orlo, is still streaming.",
        title=_TITLE,
    )
    assert ("Lowen Fitch", "Prince Orlo") not in served_pairs(found)


def test_a_makers_title_joined_by_and_starred_is_another_works() -> None:
    found = facts(
        "Wrenna Collis plays Ysolde Marr in Brannock Tide.",
        "Ostley's Nettle and Brine starred Collis as a lighthouse keeper named Tovey.",
        title=_TITLE,
    )
    assert ("Wrenna Collis", "Tovey") not in served_pairs(found)
