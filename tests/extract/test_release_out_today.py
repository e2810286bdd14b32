"""A release-day opening: the article's first lines say the film "is now streaming on Netflix"
or "is out now on Apple TV+", so the article's own date is the release day. A sign-off line at
the end ("Fellside is streaming now on Netflix.") is no news of the day, nor are earlier
seasons "available to stream now". On invented text."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Fellside: The Long Tide - release day thread"
_DAY = ("premiere_date", "2026-05-08", False)


def _kinds(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date="2026-05-08", title=_TITLE)


def test_now_streaming_in_the_opening_is_the_article_day() -> None:
    kinds = _kinds(
        "Welcome, everyone, to the thread for release day.",
        "Fellside: The Long Tide is now streaming on Netflix worldwide. Be kind in the comments.",
        "Rules: no spoilers in post titles.",
    )
    assert _DAY in kinds


def test_out_now_after_an_interjection_is_the_article_day() -> None:
    kinds = _kinds(
        "The wait is over. It's finally here! Fellside: The Long Tide is out now on Apple TV+.",
        "We will be updating this page all day with reactions.",
    )
    assert _DAY in kinds


def test_streaming_now_on_its_platform_is_the_article_day() -> None:
    kinds = _kinds(
        "Good morning. The Long Tide is streaming now on Netflix, and we are watching along.",
        "First up: the opening scene on the harbour wall.",
    )
    assert _DAY in kinds


def test_a_sign_off_at_the_end_is_no_release_day() -> None:
    kinds = _kinds(
        "Pia Lund talks to us about her last day on the Fellside set.",
        "She says the harbour scenes were the hardest to shoot.",
        "She is now reading scripts for a stage play.",
        "Next she wants a long holiday.",
        "Fellside: The Long Tide is now streaming on Netflix.",
    )
    assert _DAY not in kinds


def test_earlier_seasons_available_now_are_no_release_day() -> None:
    kinds = _kinds(
        "Seasons one and two of Fellside are now streaming on Netflix.",
        "The third arrives later this year.",
    )
    assert _DAY not in kinds


def test_another_show_out_now_is_no_release_day() -> None:
    kinds = _kinds(
        "Before the Fellside thread opens, a word on another show.",
        "Brackenmoor is now streaming on Netflix.",
        "Fellside: The Long Tide follows later this year.",
    )
    assert _DAY not in kinds
