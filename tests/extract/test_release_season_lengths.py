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
