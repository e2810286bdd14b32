"""Release: a chart report's count of views from the release ("between its release on Friday
and the end of the tracking week on Sunday", "in the four days after its release on Friday")
dates the release to the Friday just gone; the day that closes the count is not a release.
Invented text."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article


def _premieres(*paragraphs: str) -> set[dt.date | None]:
    article = Article(
        dt.date(2026, 5, 13),  # a Wednesday
        "Quillmoor Lane opened at number one on the streaming chart.",
        "Quillmoor Lane tops the chart",
        paragraphs,
    )
    return {
        r.date
        for r in extract_facts(article).release
        if r.served and r.kind.value == "premiere_date"
    }


def test_the_day_that_closes_a_count_is_not_the_release() -> None:
    line = (
        "Quillmoor Lane has gone straight to the top of the weekly chart, with 8.3 million "
        "views between its release on Friday and the end of the tracking week on Sunday."
    )
    assert _premieres(line) == {dt.date(2026, 5, 8)}


def test_days_counted_after_the_release_put_it_in_the_past() -> None:
    line = (
        "Quillmoor Lane has gone straight to the top of the film chart, racking up 9.1 million "
        "views in the four days after its release on Friday."
    )
    assert _premieres(line) == {dt.date(2026, 5, 8)}
