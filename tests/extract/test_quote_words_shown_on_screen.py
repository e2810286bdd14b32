"""Quotes on invented text: words a teaser shows on screen ("just the words “...” on screen",
"“...” flashes up across the screen", "a title card reading “...”") are no one's quote; words a
named person says on stage stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(paragraph: str, start: str) -> bool:
    found = facts(
        "The first teaser for Lantern Row landed on Tuesday.",
        paragraph,
        date="2026-04-02",
        title="Lantern Row teaser: everything we spotted",
    )
    return any(q.served and q.text.startswith(start) for q in found.quotes)


def test_words_on_screen_are_held() -> None:
    for paragraph in (
        'No dialogue, just the words "Every tide turns" on screen, then the title.',
        "It ends as “Every tide turns” flashes up across the screen.",
        "After the storm comes a title card reading “Every tide turns”.",
    ):
        assert not _served(paragraph, "Every tide"), paragraph


def test_words_a_person_says_stay_served() -> None:
    paragraph = "Director Hana Ludlow told the crowd: “Every tide turns, and so did we.”"
    assert _served(paragraph, "Every tide")
