"""Release: a month owned by another event in the sentence is not the film's window: an
announcement's ("the streamer's announcement in April"), an awards' ("with nominations due in
July"), the next periodic report's ("The next report ... is due in early 2027"), or the end of
a count the release opens ("between its April release and the end of June"). Invented text."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article


def _windows(*paragraphs: str) -> set[str | None]:
    article = Article(
        dt.date(2026, 7, 20),
        "Quillmoor Lane has been a hit for the streamer.",
        "Quillmoor Lane: the numbers",
        paragraphs,
    )
    return {r.window for r in extract_facts(article).release if r.served and r.window}


def test_an_events_month_is_not_a_window() -> None:
    for line in (
        "The film follows the streamer's announcement in April that the story would end "
        "with a single feature.",
        "Pellacott is campaigning the film in the television movie category, with "
        "nominations due in September.",
        "The next report, covering July to December, is due in early 2027.",
        "Quillmoor Lane drew 40.2 million views between its April release and the end of June.",
    ):
        assert _windows(line) == set(), line


def test_a_release_month_is_still_a_window() -> None:
    assert _windows("Quillmoor Lane arrives on Pellacott in September.") == {"2026-09"}
