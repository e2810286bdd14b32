"""Release facts told apart from their look-alikes: a source book's print title after a colon,
a day the makers passed over, and the month just gone named "last" (last year's)."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _served(*paragraphs: str, date: str) -> set[tuple[str, object]]:
    return {
        (r.kind.value, r.title or r.window or r.date)
        for r in facts(*paragraphs, date=date).release
        if r.served
    }


def test_a_print_edition_after_a_colon_is_no_title() -> None:
    served = _served(
        "Streamly today announced that Quillmoor Forever, the film that ends the Quillmoor"
        " story, will premiere on Friday 8 May 2026.",
        "The Quillmoor series, based on Orrin Vask’s graphic novels, premiered in 2023."
        " Quillmoor: The Graphic Novels are published by Fenwhistle Books.",
        date="2026-01-20",
    )
    assert ("title", "Quillmoor: The Graphic Novels") not in served
    assert ("premiere_date", dt.date(2026, 5, 8)) in served


def test_a_day_passed_over_is_not_the_release() -> None:
    served = _served(
        "Quillmoor Forever is released on Streamly on 8 May.",
        "The film was announced on 3 March 2025, so, as one reader notes, Streamly missed a"
        " trick by not releasing it on 3 March 2026.",
        date="2026-02-10",
    )
    assert ("premiere_date", dt.date(2026, 3, 3)) not in served
    assert ("premiere_date", dt.date(2026, 5, 8)) in served


def test_last_with_the_month_just_gone_is_last_years() -> None:
    found = facts(
        "Quillmoor opened the festival on Saturday.",
        "Filming began in Dorset last September and wrapped in Cornwall in November.",
        date="2026-10-11",
    )
    started = [r.window for r in found.release if r.kind is ReleaseKind.FILMING_STARTED]
    assert started == ["2025-09"]
