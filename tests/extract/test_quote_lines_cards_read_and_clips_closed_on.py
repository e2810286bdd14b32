"""Quotes on invented text: the words a card, a slate or a tagline reads, told before or after
them, and the words a clip closes straight on, are shown, not said; a post's own caption, and a
posted video that "ends with" its poster's message, stay quotes."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts

_LEDE = "Quillmere Films has released the first trailer for Marsh Lane, out on 3 May."


def _served(*paras: str) -> dict[str, str]:
    found = facts(_LEDE, *paras, date="2026-03-02")
    return {q.text: q.speaker for q in found.quotes if q.served}


@pytest.mark.parametrize(
    "para",
    [
        "Ada Vale gets the last beat, and the title card that follows simply reads “Every shore"
        " remembers.”",
        "The end card reads: “Every shore remembers.”",
        "“Every shore remembers” reads the tagline, over a shot of the estuary at dusk.",
        "The teaser closes on “Every shore remembers”.",
    ],
)
def test_words_a_card_shows_are_no_quote(para: str) -> None:
    said = _served(para)
    assert not any(text.startswith("Every shore") for text in said), said


def test_a_slate_then_the_accounts_own_words_keeps_only_the_words() -> None:
    said = _served(
        "Quillmere Films (@quillmere) marked the wrap with a slate reading “Marsh Lane – Day 40"
        " – Last Take” and the words: “That is a wrap on the river. See you in May.”"
    )
    assert not any(text.startswith("Marsh Lane – Day") for text in said), said
    assert said.get("That is a wrap on the river. See you in May.") == "Quillmere Films", said


def test_a_caption_and_a_posted_video_stay_the_posters_words() -> None:
    said = _served(
        "Ada Vale posted a video that ends with “Thank you for the river, everyone.”",
        "Bram Oduya shared a photo of the crew, and the caption reads “Forty days, one family.”",
    )
    assert said.get("Thank you for the river, everyone.") == "Ada Vale", said
    assert said.get("Forty days, one family.") == "Bram Oduya", said
