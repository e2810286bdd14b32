"""Release: a premiere named for the event that holds it, and another work's date told in
passing (after an opening clause, with a subtitle, or "opening in cinemas on"); kinds of failure
met in blind batches 14 and 15, each on invented text (none of their names)."""

from __future__ import annotations

import datetime as dt

from bot.facts import ReleaseKind
from tests.extract.helpers import facts


def _served_dates(*paragraphs: str, date: str = "2026-01-20") -> set[dt.date | None]:
    found = facts(*paragraphs, date=date, title="Lantern Bay: the film")
    return {r.date for r in found.release if r.served and r.kind is ReleaseKind.PREMIERE_DATE}


def test_a_premiere_named_for_its_festival_is_an_event_not_the_release() -> None:
    for sentence in (
        "The Harbour Film Festival premiere on 14 March is still going ahead.",
        "Tickets for the Glasgow Queer Cinema premiere on 14 March sold out in an hour.",
    ):
        dates = _served_dates(
            "Lantern Bay will premiere on Netflix on 9 April.", sentence, date="2026-01-20"
        )
        assert dates == {dt.date(2026, 4, 9)}, sentence


def test_a_title_then_premieres_is_still_the_release() -> None:
    dates = _served_dates("Lantern Bay: the film.", "The Lantern Bay Story premieres on 9 April.")
    assert dates == {dt.date(2026, 4, 9)}


def test_another_titled_work_after_an_opening_clause_is_not_our_date() -> None:
    for sentence in (
        "And if you want more romance in the meantime, Tide Line: Undertow hits Prime Video on "
        "May 22.",
        "For something darker, Grey Harbour opens in cinemas on 22 May.",
    ):
        dates = _served_dates("Lantern Bay will premiere on Netflix on 9 April.", sentence)
        assert dates == {dt.date(2026, 4, 9)}, sentence


def test_our_own_subtitled_title_after_an_opening_clause_keeps_its_date() -> None:
    dates = _served_dates("After two delays, Lantern Bay: Homeward hits Netflix on 9 April.")
    assert dates == {dt.date(2026, 4, 9)}


def test_a_quoted_work_then_opening_in_cinemas_is_not_our_date() -> None:
    for sentence in (
        'Ivo Bell, who is also in Apex\'s "Salt Marsh", opening in cinemas on 22 May, posted '
        "a photo.",
        "Mara Quill, also in “The Quiet Field,” opening nationwide on 22 May, said nothing.",
    ):
        dates = _served_dates("Lantern Bay will premiere on Netflix on 9 April.", sentence)
        assert dates == {dt.date(2026, 4, 9)}, sentence


def _filming(*paragraphs: str) -> list[tuple[str, object]]:
    found = facts(*paragraphs, date="2026-02-10", title="Lantern Bay: the film")
    return [
        (r.kind.value, r.date or r.window)
        for r in found.release
        if r.served and r.kind.value.startswith("filming")
    ]


def test_post_production_is_not_the_shoot() -> None:
    for sentence in (
        "Post-production on Lantern Bay began in January.",
        "The series finished in the winter and is now in post production in Leeds.",
        "Lantern Bay ended its run in the autumn; post-production on the film started in January.",
    ):
        assert _filming(sentence) == [], sentence


def test_a_shoot_that_ended_before_post_production_keeps_its_month() -> None:
    assert _filming("Filming ended in December and post-production is under way.") == [
        ("filming_wrapped", "2025-12")
    ]


def test_a_premiere_in_a_festival_section_is_an_event_not_the_release() -> None:
    dates = _served_dates(
        "Lantern Bay premiered in the Horizons section at Brennholm on 2 January, and opens in "
        "UK cinemas on 13 March.",
    )
    assert dates == {dt.date(2026, 3, 13)}


def test_a_premiere_in_cinemas_with_no_festival_section_is_still_the_release() -> None:
    dates = _served_dates("Lantern Bay premieres in UK cinemas on 13 March.")
    assert dates == {dt.date(2026, 3, 13)}


def test_a_premiere_in_a_festivals_own_strand_is_an_event_not_the_release() -> None:
    dates = _served_dates(
        "Lantern Bay premiered in the Kestrova Biennale’s Horizons strand on 14 February. It is "
        "in UK cinemas from Friday.",
        date="2026-03-05",
    )
    assert dates == {dt.date(2026, 3, 6)}


def test_a_premiere_in_a_streamers_line_up_is_still_the_release() -> None:
    dates = _served_dates("Lantern Bay premieres in Netflix’s spring line-up on 13 March.")
    assert dates == {dt.date(2026, 3, 13)}
