"""In a diary, each entry under a heading naming its day ("Tuesday 3 March – day one"), "today"
is the heading's day, not the page's date. A page with a single dated line is no diary: its
"today" stays the page's date. Invented text throughout."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-22")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "filming_started"}


def test_today_under_a_diary_heading_is_the_headings_day() -> None:
    assert _starts(
        "Our reporter spent the spring with the crew of Quillmoor.",
        "Tuesday 3 March – day one, a car park in Hull",
        "Quillmoor started filming today, and the first set-up is a stairwell.",
        "Friday 15 May – wrap",
        "The last shot is of the two sisters on the pier.",
    ) == {"2026-03-03"}
    assert _starts(
        "Our reporter spent the spring with the crew of Quillmoor.",
        "Monday 9 March",
        "Cameras rolled on Quillmoor this morning in a school gym.",
        "Thursday 14 May",
        "The crew moved to the coast.",
    ) == {"2026-03-09"}


def test_today_on_a_page_with_one_dated_line_is_the_pages_date() -> None:
    assert _starts(
        "Our reporter visited the crew of Quillmoor.",
        "Tuesday 3 March – a car park in Hull",
        "Quillmoor started filming today in a school gym.",
    ) == {"2026-05-22"}
