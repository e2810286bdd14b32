"""A diary entry may open on its day in a short first sentence ("Tuesday 3 March, week one.")
with later entries labelled only "Week two." or "Day three:": "today" in that first entry is
its day, not the page's date. Without any labelled entry the page is no diary. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts


def _starts(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-05-22")
    return {str(r.date) for r in found.release if r.served and r.kind.value == "filming_started"}


def test_today_in_an_entry_opening_on_its_day_is_that_day() -> None:
    assert _starts(
        "Our runner kept a diary of the Quillmoor shoot.",
        "Tuesday 3 March, week one. Quillmoor starts shooting today, in a school gym in Hull.",
        "Week two. The crew moves to the pier, and the rain machine breaks twice.",
    ) == {"2026-03-03"}
    assert _starts(
        "Our runner kept a diary of the Quillmoor shoot.",
        "Monday 9 March, day one. Cameras rolled on Quillmoor this morning.",
        "Day two: a stairwell, forty takes and one broken lamp.",
    ) == {"2026-03-09"}


def test_a_dated_opening_with_no_labelled_entry_is_no_diary() -> None:
    assert _starts(
        "Our reporter visited the crew of Quillmoor.",
        "Tuesday 3 March, week one. Quillmoor starts shooting today, in a school gym in Hull.",
        "The crew moves to the pier next, its producer said.",
    ) == {"2026-05-22"}
