"""A diary's day headings written as bare lines ("Tuesday 10 March") survive the page reader, so
an entry's "this morning" is the heading's day; a page with only one such line keeps it as its
time stamp, and its "today" stays the page's date. Invented text throughout."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.facts import ArticleFacts
from bot.ingestion.seedfile import parse_seed


def _read(*lines: str) -> ArticleFacts:
    raw = "\n".join(("date 2026-06-05 Notes from a season on the Quillmoor set.", *lines))
    return extract_facts(parse_seed(raw.encode()).article)


def _days(found: ArticleFacts, kind: str) -> set[str]:
    return {str(r.date) for r in found.release if r.served and r.kind.value == kind}


def test_this_morning_under_a_bare_day_line_is_that_day() -> None:
    found = _read(
        "Quillmoor diary: eleven weeks in the fog",
        "By Petra Lindqvist",
        "Tuesday 10 March",
        "Cameras rolled this morning on Quillmoor in a disused lido.",
        "Friday 3 April",
        "Rain all day. The crew played cards in the catering tent.",
        "Thursday 28 May",
        "Filming wrapped this evening with a shot of the lido drained.",
    )
    assert _days(found, "filming_started") == {"2026-03-10"}
    assert _days(found, "filming_wrapped") == {"2026-05-28"}


def test_a_single_day_line_stays_the_pages_stamp() -> None:
    found = _read(
        "Quillmoor begins shooting",
        "By Petra Lindqvist",
        "Friday 5 June",
        "Cameras rolled this morning on Quillmoor in a disused lido.",
    )
    assert _days(found, "filming_started") == {"2026-06-05"}
