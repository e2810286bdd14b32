"""A maker's dated work told before its title ("Thrushgate's 2021 debut, Hollow Pike, ... was
produced by X"): X produced that work, not the article's (invented text, none of the corpus's
names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

TITLE = "Brackenfall gets a date"


def test_a_dated_debuts_producer_is_that_works() -> None:
    found = facts(
        "Brackenfall opens in May.",
        "Thrushgate's 2021 debut, Hollow Pike, starred Tomas Quarrendine and was produced by Peder "
        "Quistorp.",
        title=TITLE,
    )
    assert ("producer", "Peder Quistorp") not in credits(found)


def test_the_dated_work_that_is_ours_keeps_its_producer() -> None:
    found = facts(
        "Brackenfall opens in May.",
        "Thrushgate's 2027 feature, Brackenfall, was produced by Peder Quistorp.",
        title=TITLE,
    )
    assert ("producer", "Peder Quistorp") in credits(found)
