"""A work said to be on a platform "from today" ("Fernhollow, on Viewlark from today, mostly
pulls it off") is out on the article's day; a premiere night told in a city then gives way to
it. Invented text throughout."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _days(*paragraphs: str) -> set[dt.date | None]:
    found = facts(*paragraphs, date="2026-05-08", title="Fernhollow review – a tender goodbye")
    return {r.date for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_work_on_a_platform_from_today_is_out_that_day() -> None:
    assert _days(
        "A lede about endings.",
        "Endings are hard. Fernhollow, on Viewlark from today, mostly pulls it off.",
        "The cast are warm.",
    ) == {dt.date(2026, 5, 8)}


def test_a_premiere_night_in_a_city_then_gives_way() -> None:
    assert _days(
        "A lede about endings.",
        "Fernhollow, on Viewlark from today, mostly pulls it off.",
        "Fernhollow is streaming on Viewlark now. It premiered in Leeds on 5 May.",
    ) == {dt.date(2026, 5, 8)}


def test_another_part_on_from_today_dates_nothing() -> None:
    assert (
        _days(
            "A lede about endings.",
            "Season one, on Viewlark from today, is a warm-up.",
            "The cast are warm.",
        )
        == set()
    )
