"""An event a day or days before the release, whose own date is written after its place ("a day
before the film arrived on the streamer on Friday 8 May"): the written day is the release's,
whatever day the event is counted from. Invented text throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[dt.date | None]:
    found = facts(*paragraphs, date="2026-05-11", title="Box office: Tarn Hollow fans fill cinemas")
    return {r.date for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_the_written_day_after_the_place_is_the_release() -> None:
    assert _days(
        "Tarn Hollow fans filled 90 cinemas on Thursday night for a farewell screening, a day "
        "before the film arrived on the streamer on Friday 8 May."
    ) == {dt.date(2026, 5, 8)}
    assert _days(
        "Fans packed a screening of Tarn Hollow on Wednesday 6 May, two days before the film "
        "landed on Streamly on Friday 8 May."
    ) == {dt.date(2026, 5, 8)}


def test_an_offset_with_no_written_day_still_counts() -> None:
    assert _days(
        "Fans packed a screening of Tarn Hollow on Wednesday 6 May, two days before it landed."
    ) == {dt.date(2026, 5, 8)}
