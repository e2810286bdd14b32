"""A day the film "began streaming" on a platform dates the release, so a later "X is now
streaming" in the opening does not date it to the article's day. Invented text throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _days(*paragraphs: str, date: str) -> set[dt.date | None]:
    found = facts(*paragraphs, date=date, title="Fernhollow arrives on Viewlark")
    return {r.date for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_day_it_began_streaming_outranks_now_streaming() -> None:
    assert _days(
        "Fernhollow is now streaming on Viewlark, days after a screening in Leeds.",
        "Fernhollow began streaming on Viewlark yesterday, Friday 8 May, to warm notices.",
        "The cast walked a carpet in the rain.",
        date="2026-05-09",
    ) == {dt.date(2026, 5, 8)}


def test_now_streaming_alone_still_dates_the_day() -> None:
    assert _days(
        "Fernhollow is now streaming on Viewlark, days after a screening in Leeds.",
        "The cast walked a carpet in the rain.",
        "Reviews have been warm.",
        date="2026-05-09",
    ) == {dt.date(2026, 5, 9)}
