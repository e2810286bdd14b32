"""Quotes on invented text: words in marks opening a gallery caption, labelled by its place or
signed by a photo credit, with no one named to say them, are a line of the scene the still
shows, never served as a quote; a caption that names who said its words keeps them."""

from __future__ import annotations

from bot.extract import extract_facts
from tests.extract.helpers import article

_LEDE = "Vireo has released the first pictures from Harrowgate, its fenland drama."


def _quotes(caption: str) -> dict[str, tuple[str, bool]]:
    """Quotes, words to (speaker, served), of an invented gallery with ``caption`` in it."""
    found = extract_facts(
        article(
            _LEDE,
            "Photo 1 of 4: Ada Vale (Dessa Marr) arrives at the ferry. Photo: Vireo/Corvid",
            caption,
            "Photo 4 of 4: The cast at the read-through in Ely. Photo: Corvid",
            date="2026-03-02",
            title="In pictures: Harrowgate",
        )
    )
    return {q.text: (q.speaker, q.served) for q in found.quotes}


def test_a_scene_line_opening_a_caption_is_held() -> None:
    for caption in (
        "Photo 2 of 4: “You'll not sleep here, Captain.” Dessa turns the keeper away in episode "
        "two. Photo: Vireo/Corvid",
        "Image 2 – “You'll not sleep here, Captain.” Dessa turns the keeper away. Photo: Vireo",
        "“You'll not sleep here, Captain.” Dessa turns the keeper away in episode two. "
        "Photo: Vireo/Corvid",
    ):
        quotes = _quotes(caption)
        found = quotes.get("You'll not sleep here, Captain.")
        assert found is None or not found[1], caption


def test_a_caption_naming_who_said_its_words_keeps_them() -> None:
    quotes = _quotes(
        "Photo 3 of 4: “It was freezing every night,” Ada Vale said of the shoot. Photo: Corvid",
    )
    assert quotes.get("It was freezing every night") == ("Ada Vale", True)
