"""Words a post's thing shows, told after the thing ("a slate with the words “...” chalked on
it"), beside the post's own caption, are no one's quote; the caption is the poster's."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def _shown_only(found: dict[str, tuple[str, SourceKind, bool]], key: str) -> bool:
    return key not in found or not found[key][2]


def test_a_clapperboard_with_words_scrawled_across_it_then_the_caption_read() -> None:
    found = quote_readings(
        "Brackenmoor has started filming in Hull.",
        "Lumen posted a clip to its account on Monday, showing a clapperboard with the words "
        '"Brackenmoor - Take One" scrawled across it. The caption read: "Here we go again."',
    )
    assert _shown_only(found, "Brackenmoor ")
    assert found["Here we go a"][2]


def test_a_slate_with_words_chalked_on_it_and_a_caption() -> None:
    found = quote_readings(
        "Brackenmoor wrapped in Hull on Tuesday.",
        "The show's account shared a slate with “Last roll, last light” chalked on it, "
        "with the caption “We did it, all of us.”",
    )
    assert _shown_only(found, "Last roll, l")
    assert found["We did it, a"][2]


def test_a_cake_with_the_words_iced_on_top_then_it_captioned_the_post() -> None:
    found = quote_readings(
        "Brackenmoor wrapped in Hull on Tuesday.",
        "The official account posted a cake with the words ‘See you at the premiere’ iced on "
        "top. It captioned the post: “Thank you to every single one of you.”",
    )
    assert _shown_only(found, "See you at t")
    assert found["Thank you to"][2]
