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


def test_words_another_says_inside_an_answer_are_not_the_answerers() -> None:
    for answer, theirs, mine in (
        (
            "Lior Ben-Ami: My manager phoned and said, “Pack a coat.” And I said, “Where am I "
            "going?” Two days later I was in Tromsø.",
            "Pack a coat.",
            "Where am I going?",
        ),
        (
            "Lior Ben-Ami: The director looked at me and asked, “Can you row?” I told him, "
            "“Badly, but I learn fast.” He hired me anyway.",
            "Can you row?",
            "Badly, but I learn fast.",
        ),
    ):
        found = _quotes(
            "Screen North spoke to Lior Ben-Ami about his first lead role.",
            "Screen North: How did you get the part?",
            answer,
            "Screen North: And now?",
            "Lior Ben-Ami: Now I sleep.",
        )
        assert (theirs, "Lior Ben-Ami") not in found, found
        assert (mine, "Lior Ben-Ami") in found, found
