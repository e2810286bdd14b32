"""Quotes on invented text: a service whose name ends in "Video" is an organisation, so its
post's words are never a person's; "A statement from X:" is X's, never a person called "A"."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:12]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def _speakers(*paragraphs: str) -> list[tuple[str, SourceKind]]:
    return [(q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served]


def test_a_video_service_quoted_by_its_short_name_is_no_person() -> None:
    for lines in (
        (
            "Harbour Video confirmed it this morning: the Copper Bay shoot is over.",
            "Harbour's post said the new season is “back next spring”.",
        ),
        (
            "The Copper Bay series is coming to Lantern Video, which announced the cast today.",
            "Lantern's post called it “our biggest drama of the year”.",
        ),
    ):
        for speaker, source in _speakers(*lines):
            assert source is not SourceKind.PERSON, (speaker, lines)
