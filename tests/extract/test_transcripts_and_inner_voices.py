"""Transcripts and answers on invented text: a time stamp or a bracketed note between turns is
nobody's words."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in facts(*paragraphs).quotes if q.served]


def test_a_time_stamp_or_a_bracketed_note_between_turns_is_no_quote() -> None:
    for marker in ("[00:12:40]", "(01:02:03)", "[Laughter]", "32:10"):
        found = _quotes(
            "This week on the Reel Talk podcast we sat down with Maren Solvik.",
            "HOST: Where did you shoot it?",
            "MAREN: On a ferry, mostly. We were all seasick.",
            marker,
            "HOST: And the ending?",
            "MAREN: You will have to wait and see.",
        )
        texts = [text for text, _ in found]
        assert marker not in texts, found
        assert ("On a ferry, mostly. We were all seasick.", "Maren Solvik") in found
