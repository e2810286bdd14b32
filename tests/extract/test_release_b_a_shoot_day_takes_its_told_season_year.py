"""A shoot's day without a year after the shoot's season or month told with one takes that
year ("shot in spring 2024, starting on 4 April"), not the article's; invented text."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _started(*paragraphs: str) -> set[dt.date | None]:
    found = facts(*paragraphs, date="2025-10-02", title="Marrowgate is out next month")
    return {r.date for r in found.release if r.kind is ReleaseKind.FILMING_STARTED and r.served}


def test_a_start_day_after_a_season_with_its_year_takes_that_year() -> None:
    started = _started(
        "The film was shot over five weeks in spring 2024, starting on 14 April and wrapping"
        " in late May, with Odile Farrant behind the camera."
    )
    assert dt.date(2024, 4, 14) in started
    assert dt.date(2025, 4, 14) not in started


def test_a_start_day_before_the_told_month_keeps_its_own_year() -> None:
    started = _started(
        "The film was filmed in June 2024, though rehearsals began on 3 March and cameras"
        " started rolling on 2 March."
    )
    assert dt.date(2024, 3, 2) not in started
