"""A slate or a sign "reading" its words (a noun, then the participle) shows lettering, not
anyone's quote; a post's caption read the same way stays the poster's words."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Filming has begun on Gannet Row, the BBC drama starring Kestle Trewin."


def test_a_slate_reading_its_words_is_not_served() -> None:
    found = facts(
        _LEDE,
        "On Tuesday the show's account shared a slate reading “Gannet Row – Block 1 – Take 3”,"
        " and fans took it as the start of the shoot.",
    )
    assert not any(q.served and q.text.startswith("Gannet Row – Block") for q in found.quotes)


def test_a_caption_reading_its_words_stays_a_quote() -> None:
    found = facts(
        _LEDE,
        "Kestle Trewin shared a photo from the harbour with a caption reading “Cold hands, warm"
        " hearts, long days.”",
    )
    assert any(q.served and q.text.startswith("Cold hands") for q in found.quotes)
