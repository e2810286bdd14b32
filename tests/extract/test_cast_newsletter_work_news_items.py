"""A newsletter's numbered item whose heading tells another work's run or order ("2. Tarnwick’s
second half has a date", "3. Apple renews Salt Lane again") casts that work, even where the
newsletter names no title of its own but the one its first item and headline share (an
invented Friday newsletter)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "The Reel: Lumenfield’s big night, Tarnwick’s return and the weekend list"


def _newsletter(*items: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Good morning, and welcome to The Reel, your Friday guide to what is new.",
            "1. Lumenfield says goodbye",
            "The trailer gives us a first look at Ana Vos as the new tutor, Dr Mara Hale.",
            *items,
            "That’s all for this week.",
            title=_TITLE,
        )
    )


def test_an_item_on_another_works_run_is_that_works() -> None:
    found = _newsletter(
        "2. Tarnwick’s second half has a date",
        "The second part drops on March 3, with Jo Reed’s Benedict front and centre.",
        "3. Apple renews Salt Lane again",
        "No surprises here: Tom Bell will be back as Jack Lamb in a seventh series.",
    )
    assert ("Tom Bell", "Jack Lamb") not in found
    assert ("Ana Vos", "Dr Mara Hale") in found


def test_an_item_with_no_works_news_in_its_heading_stays() -> None:
    found = _newsletter(
        "2. A new face joins",
        "No surprises here: Tom Bell will be back as Jack Lamb in the film.",
    )
    assert ("Tom Bell", "Jack Lamb") in found
