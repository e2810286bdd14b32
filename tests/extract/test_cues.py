"""Cue hints answer as a plain substring test would, whichever way they search."""

from __future__ import annotations

from bot.extract.cues import hint

_MANY = (*(f"{a}{b}ing" for a in "bcdfgh" for b in "aeiou"), "direct", "director", "’s ")
"""Many words with no shared starts to group by: a hint of them searches by its letter tree."""


def test_many_word_hint_finds_by_its_letter_tree_what_substring_search_finds() -> None:
    many = hint(*_MANY)
    assert many._trie is not None  # the letter-tree path, not the word-by-word searches
    texts = (
        "the director spoke",
        "a fading light",
        "Ada’s turn",
        "cuing the band",
        "dire straits",  # a shared start alone ("dire" of "direct") is no word
        "nothing here",
        "",
    )
    for text in texts:
        expected = True if any(word in text for word in _MANY) else None
        assert many.search(text) is expected, text


def test_hint_with_an_empty_word_finds_everything() -> None:
    assert hint("", *_MANY).search("xyz") is True
