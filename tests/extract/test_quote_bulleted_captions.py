"""Quotes and their speakers on invented text: a caption in a bulleted round-up of posts is the
poster's, the person the item opens with, never a company named in an earlier line."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_bulleted_items_caption_is_the_posters() -> None:
    for item in (
        "• Mara Quill posted a photo of the slate on her story with the caption "
        '"last day as tess. love you all"',
        "• Mara Quill shared a video from set with the caption “last day as tess. love you all”",
    ):
        found = facts(
            "Filming on Lantern Row wrapped yesterday. Brightfold Pictures confirmed it online "
            "this morning and the cast have posted.",
            "Here is what has been posted so far:",
            item,
            date="2026-03-02",
            title="Lantern Row wraps: every post so far",
        )
        said = [(q.speaker, q.source.value) for q in found.quotes if q.text.startswith("last")]
        assert said == [("Mara Quill", "person")], said
