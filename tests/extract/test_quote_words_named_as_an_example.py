"""Quotes on invented text: words in marks that open a sentence naming them as a title or an
example ("“...” is a spoiler title") are no one's quote; a named person's words stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(paragraph: str) -> list[str]:
    found = facts(
        "Lantern Hollow arrives on Friday, so here is how the forum will work.",
        paragraph,
        date="2026-04-02",
        title="Lantern Hollow: forum rules for release week",
    )
    return [q.text for q in found.quotes if q.served]


def test_words_named_as_a_title_are_held() -> None:
    paragraph = "Titles must be spoiler-free. “Mara’s face when…” is a spoiler title. Don’t."
    assert not any(text.startswith("Mara’s face") for text in _served(paragraph))


def test_a_named_persons_words_stay() -> None:
    paragraph = "“Be kind to each other,” Osgar Pellin wrote on Monday."
    assert any(text.startswith("Be kind") for text in _served(paragraph))
