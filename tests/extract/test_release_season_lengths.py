"""Release: a season told as a length of time in a synopsis ("comes home and stays for a
winter") is no window; "a summer release" still is. Invented text."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts


def _windows(found: ArticleFacts) -> list[object]:
    return [r.window for r in found.release if r.served and r.kind.value == "window"]


def test_a_season_spent_in_the_story_is_no_window() -> None:
    for plot in (
        "Tove Lindqvist plays Agnes, a pilot who returns to the island and stays for a winter.",
        "Pieter Aalders is Jonas, a cook who spends a summer on his uncle's trawler.",
    ):
        found = facts("The Salt Road review: patient and moving.", plot, date="2025-09-04")
        assert _windows(found) == [], (plot, found.release)


def test_a_season_with_a_release_noun_is_still_a_window() -> None:
    for line in (
        "The film is set for a spring release in cinemas.",
        "Northlight has given the film a summer launch on its service.",
    ):
        found = facts("The Salt Road gets a date.", line, date="2025-02-04")
        assert len(_windows(found)) == 1, (line, found.release)


def test_a_characters_arrival_in_a_synopsis_is_no_release() -> None:
    for plot in (
        "Tove Lindqvist plays Agnes, a nurse who arrives on the island in the spring.",
        "Pieter Aalders is Jonas, a diver who lands in Tromsø in March and stays.",
    ):
        found = facts("The Salt Road review: patient and moving.", plot, date="2025-09-04")
        assert [r for r in found.release if r.served] == [], (plot, found.release)


def test_the_films_own_verb_after_a_synopsis_clause_still_dates_it() -> None:
    found = facts(
        "The Salt Road gets a date.",
        "The drama, about a nurse who returns to her home town, opens in the UK on 24 April.",
        date="2026-02-04",
    )
    dates = [r.date for r in found.release if r.served and r.kind.value == "premiere_date"]
    assert len(dates) == 1, found.release
