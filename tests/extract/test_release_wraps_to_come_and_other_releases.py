"""A shoot's end told in the present for a month still to come is no wrap, and someone's other
release is not this production's window, each on invented text."""

from __future__ import annotations

from bot.extract.page import read_page
from tests.extract.helpers import facts


def _kinds(*paragraphs: str, date: str) -> set[tuple[str, str]]:
    found = facts(*paragraphs, date=date, title="Copper Bay: set news")
    return {(r.kind.value, str(r.date or r.window)) for r in found.release}


def test_a_present_tense_end_still_to_come_is_no_wrap() -> None:
    for text in (
        "Shooting wraps late September, according to the producer's chat with a trade paper.",
        "The shoot ends on 12 October, so expect more set photos until then.",
        "Production wraps up in early September, the studio said.",
    ):
        kinds = _kinds("Copper Bay is filming in Whitby.", text, date="2024-08-03")
        assert not any(kind == "filming_wrapped" for kind, _ in kinds), text


def test_a_past_wrap_with_a_yearless_month_still_counts() -> None:
    kinds = _kinds(
        "Copper Bay is in the edit.", "Filming wrapped in June, the studio said.", date="2024-08-03"
    )
    assert ("filming_wrapped", "2024-06") in kinds


def test_someones_other_release_this_year_is_not_ours() -> None:
    for text in (
        "Okafor, whose other big release this year was the heist comedy Lantern Row, says "
        "Copper Bay still feels like home.",
        "Her other release this year, a costume drama, landed on Sky in March.",
    ):
        kinds = _kinds("Copper Bay is due in 2026.", text, date="2025-09-10")
        assert not any(window.startswith("2025") for _, window in kinds), text


def test_our_previous_release_date_is_not_another_work() -> None:
    kinds = _kinds(
        "Copper Bay moves.",
        "Its previous release date of 4 March has been pushed to 2 September 2026.",
        date="2025-09-10",
    )
    assert ("premiere_date", "2026-09-02") in kinds


def test_a_present_tense_start_on_a_place_still_to_come_is_a_plan() -> None:
    for text in (
        "Filming starts on Arran on 20th April.",
        "Shooting begins on Orkney on 20 April, the studio said.",
    ):
        kinds = _kinds("Copper Bay is cast.", text, date="2026-04-09")
        assert ("filming_planned", "2026-04-20") in kinds, text
        assert not any(kind == "filming_started" for kind, _ in kinds), text


def test_a_start_in_two_places_still_to_come_is_no_start() -> None:
    kinds = _kinds(
        "Copper Bay is cast.",
        "Filming begins in Belfast and Derry on 14 June.",
        date="2026-04-09",
    )
    assert not any(kind == "filming_started" for kind, _ in kinds)


def test_a_series_expected_or_set_to_return_gives_its_window() -> None:
    kinds = _kinds(
        "Copper Bay returns.",
        "No broadcast date has been set yet, but the show is expected to return in late 2027.",
        date="2026-04-09",
    )
    assert any(kind == "window" and window.startswith("2027") for kind, window in kinds)
    kinds = _kinds(
        "Copper Bay returns.", "The drama is set to return on ITV next year.", date="2026-04-09"
    )
    assert ("window", "2027") in kinds


def test_a_return_to_a_place_to_film_is_no_window() -> None:
    for text in (
        "The series will return to Whitby in March to film the finale.",
        "The show is expected to return to filming in May 2026.",
    ):
        kinds = _kinds("Copper Bay returns.", text, date="2026-01-09")
        assert not any(kind == "window" for kind, _ in kinds), text


def test_a_film_reaching_cinemas_this_month_gives_the_month() -> None:
    for text in (
        "Copper Bay arrives in UK cinemas this month.",
        "Copper Bay opens in cinemas next month.",
    ):
        kinds = _kinds("Copper Bay review.", text, date="2025-11-04")
        assert any(kind == "window" and window.startswith("2025-1") for kind, window in kinds)
    kinds = _kinds("Copper Bay review.", "Ticket sales open next month.", date="2025-11-04")
    assert not any(kind == "window" for kind, _ in kinds)


def test_a_greeting_line_is_no_headline() -> None:
    for first in (
        "Hi everyone! The studio confirmed that cameras started rolling on Monday 🎬",
        "Hey all, filming is officially under way in Leeds 🎉",
    ):
        page = read_page([first, "More news soon."])
        assert page.headline is None
        assert page.body[0] == first


def test_a_show_starting_on_a_channel_on_a_day_is_its_premiere() -> None:
    for text in (
        "Copper Bay starts on Channel 5 on Sunday 14th June at 8pm.",
        "Copper Bay starts on Sky Atlantic on 14 June, with every episode on Now the same day.",
    ):
        kinds = _kinds("Copper Bay gets a date.", text, date="2026-06-02")
        assert ("premiere_date", "2026-06-14") in kinds, text
    kinds = _kinds("Copper Bay is cast.", "Filming starts on Mull on 14 June.", date="2026-06-02")
    assert ("filming_planned", "2026-06-14") in kinds
    assert not any(kind == "premiere_date" for kind, _ in kinds)
