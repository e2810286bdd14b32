"""A live page's entry telling the film gone out at a clock time: the article's day."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts

_TITLE = "Osier Kites release day live: fans say goodbye"


def _premieres(entry: str) -> list[dt.date | None]:
    found = facts(
        "Good morning and welcome to our live coverage.",
        entry,
        "That's all from us today.",
        date="2027-05-14",
        title=_TITLE,
    )
    return [r.date for r in found.release if r.served]


def test_gone_out_at_a_clock_time_is_the_articles_day() -> None:
    assert _premieres("It's here. Osier Kites dropped on Streamly at 8am BST.") == [
        dt.date(2027, 5, 14)
    ]


def test_another_day_in_the_sentence_is_the_day_not_the_articles() -> None:
    assert _premieres("Osier Kites dropped on Streamly at 8am last Friday.") == [
        dt.date(2027, 5, 7)
    ]
