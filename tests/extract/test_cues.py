"""Cue hints answer as a plain substring test would, whichever way they search."""

from __future__ import annotations

from bot.extract.cues import hint

_MANY = (*(f"{a}{b}ing" for a in "bcdfgh" for b in "aeiou"), "direct", "director", "’s ")


def test_many_word_hint_finds_what_substring_search_finds() -> None:
    many = hint(*_MANY)
    for text in ("the director spoke", "a fading light", "Ada’s turn", "nothing here", ""):
        expected = True if any(word in text for word in _MANY) else None
        assert many.search(text) is expected, text


def test_many_word_hint_with_an_empty_word_finds_everything() -> None:
    assert hint("", *_MANY).search("xyz") is True
