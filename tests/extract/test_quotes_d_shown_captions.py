"""A caption placed in footage, or words a picture sits beneath, are shown, not said."""

from __future__ import annotations

from tests.extract.helpers import facts

_OPEN = "Lantern Bay, a new comedy, stars Mara Quill as Wren and Joss Ebury as Orvo."


def _quotes(*paragraphs: str) -> dict[str, bool]:
    return {q.text: q.served for q in facts(_OPEN, *paragraphs).quotes}


def test_a_trailers_opening_caption_is_held() -> None:
    found = _quotes(
        "The teaser is short.",
        "Its first caption reads “Ten winters on”, so Wren must be middle-aged by now.",
    )
    assert found.get("Ten winters on") is not True


def test_words_a_picture_sits_beneath_are_held() -> None:
    found = _quotes(
        "The streamer confirmed the date with a still of Mara Quill on a pier under the words"
        " “Pack a coat”.",
    )
    assert found.get("Pack a coat") is not True


def test_a_persons_own_caption_is_still_served() -> None:
    found = _quotes(
        "The teaser is short.",
        "Mara Quill posted it with her caption reading “we froze for this, so please watch it”.",
        "“We shot all of it in one freezing week,” Mara Quill said of the trailer.",
    )
    assert found.get("we froze for this, so please watch it") is True
    assert found.get("We shot all of it in one freezing week") is True
