"""A weekday told in the past is the one just gone, on invented text: a date counted from it
("three days before it opens on Friday") is counted from that day, not from the next one."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import served_releases

_TITLE = "Crowds brave the cold for Copper Harbour gala"


def _dates(*paragraphs: str, date: str = "2026-03-11") -> set[str]:
    assert dt.date.fromisoformat(date).weekday() == 2  # a Wednesday
    served = served_releases(*paragraphs, date=date, title=_TITLE)
    return {str(r.date) for r in served if r.kind.value == "premiere_date"}


def test_a_gala_fans_had_queued_for_counts_from_the_day_just_gone() -> None:
    dates = _dates(
        "Dozens of fans had waited outside the Regal since dawn for the gala screening of Copper "
        "Harbour on Monday evening, four days before the film opens in cinemas on Friday.",
    )
    assert "2026-03-20" not in dates
    assert dates <= {"2026-03-13"}


def test_a_premiere_that_was_held_counts_from_the_day_just_gone() -> None:
    dates = _dates(
        "The premiere of Copper Harbour was held in Glasgow on Tuesday night, three days before "
        "it lands on the streamer.",
    )
    assert "2026-03-20" not in dates
    assert dates <= {"2026-03-13"}


def test_a_gala_still_to_come_counts_from_the_next_one() -> None:
    dates = _dates(
        "Copper Harbour will have its gala screening on Monday, four days before the film opens "
        "in cinemas.",
    )
    assert "2026-03-12" not in dates


def test_a_verb_still_to_come_after_a_past_one_keeps_the_next_day() -> None:
    dates = _dates("Fans who had waited years for Copper Harbour will see it in cinemas on Friday.")
    assert "2026-03-06" not in dates


def test_a_crew_that_gathered_for_the_first_day_dates_the_shoot_just_gone() -> None:
    served = served_releases(
        "Cast and crew gathered at a mill in Halifax on Monday for the first day of a shoot "
        "expected to last nine weeks.",
        date="2026-03-11",
        title="Filming begins on Copper Harbour",
    )
    starts = {str(r.date) for r in served if r.kind.value == "filming_started"}
    assert "2026-03-16" not in starts


def test_a_premiere_after_which_the_film_lands_today_is_the_day_just_gone() -> None:
    for text in (
        "The finale lands on the streamer today after premiering in Glasgow on Monday night.",
        "Copper Harbour has been in cinemas since opening in Glasgow on Monday.",
    ):
        dates = _dates("Copper Harbour is a two-hander set on a trawler.", text)
        assert "2026-03-16" not in dates, text


def test_a_premiere_still_to_come_before_the_film_lands_keeps_the_next_day() -> None:
    served = served_releases(
        "Copper Harbour will land on the streamer after premiering in Glasgow on Monday.",
        date="2026-03-11",
        title=_TITLE,
    )
    assert all(str(r.date) != "2026-03-09" for r in served)
