"""A post's caption in capitals ("captioned “WE ARE BACK”") is the poster's words, not a title
in title case; a title named any other way stays a title."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    found = facts(*paragraphs, date="2026-05-20")
    return [(q.text, q.speaker) for q in found.quotes if q.served]


def test_a_caption_in_capitals_is_the_posters_words() -> None:
    for caption in (
        "captioned “TAMSIN IS BACK”",
        "with the caption “DAY ONE AT LAST”",
    ):
        found = _served(
            "Fans on the Harbour Lights forum have been busy since the shoot began.",
            f"u/harbour_wren posted a photo of Tamsin Ogle on set, {caption}. Please keep it kind.",
        )
        words = caption.split("“")[1].rstrip("”")
        assert (words, "u/harbour_wren") in found, found


def test_a_title_in_title_case_after_a_caption_stays_a_title() -> None:
    found = _served(
        "Fans on the Harbour Lights forum have been busy since the shoot began.",
        "u/harbour_wren posted a photo of the script, captioned “Harbour Lights Returns”.",
    )
    assert not found, found
