"""Words in marks the writer files a thing under ("for now we are filing them under ‘fingers
crossed’") are the writer's heading, no one's quote; words someone is named to say after
"under" stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> list[tuple[str, str, bool]]:
    found = facts(*paragraphs, date="2026-06-02")
    return [(q.text, q.speaker, q.served) for q in found.quotes]


def test_a_heading_the_writer_files_a_thing_under_is_no_ones_quote() -> None:
    for line, words in (
        (
            "Nobody has said anything official about Pell Arden (Ivo) or Vicky Soames (Rue) yet,"
            " so for now we are filing them under ‘fingers crossed, fingers crossed’.",
            "fingers crossed, fingers crossed",
        ),
        (
            "Nobody has said anything about a sequel yet, so that one goes under “maybe, maybe,"
            " maybe” for now.",
            "maybe, maybe, maybe",
        ),
    ):
        found = _quotes("Brine Circle returns to Channel 5 on 3 May, the broadcaster said.", line)
        assert not any(text == words and served for text, _, served in found), found


def test_words_someone_is_named_to_say_after_under_stay_theirs() -> None:
    found = _quotes(
        "Brine Circle returns to Channel 5 on 3 May, the broadcaster said.",
        "Director Osric Pellow said the shoot ran under “the worst skies I have ever seen”.",
    )
    assert ("the worst skies I have ever seen", "Osric Pellow", True) in found, found
