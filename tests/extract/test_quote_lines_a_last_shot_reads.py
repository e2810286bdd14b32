"""Quote lines on invented text: words a clip's last or first shot "reads" are lettering on
screen, no one's quote; a caption that reads its words stays the poster's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(found_text: str, *paragraphs: str) -> bool:
    found = facts(*paragraphs, date="2026-02-10", title="Tidewater trailer: what we saw")
    return any(q.served and q.text.startswith(found_text) for q in found.quotes)


def test_a_last_shot_reading_words_is_not_a_quote() -> None:
    for shot in (
        "The last shot simply reads ‘Every tide turns’ before the title comes up.",
        "The final frame reads “Every tide turns” and then it cuts to black.",
    ):
        assert not _served(
            "Every tide turns",
            "Vireo released the first trailer for Tidewater on Monday.",
            f"It runs two minutes. {shot}",
        ), shot


def test_a_caption_reading_words_stays_the_posters() -> None:
    assert _served(
        "We cannot wait for you to see",
        "Vireo released the first trailer for Tidewater on Monday.",
        "Director Mara Quist shared it, and her caption reads “We cannot wait for you to see"
        " this one.”",
    )
