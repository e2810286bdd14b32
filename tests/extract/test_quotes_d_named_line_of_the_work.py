"""Quotes on invented text: words that open a fan's comment and are then named a line of the
work ("Best line of the episode") are the show's, no one's quote; a remark a comment calls
something else stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_words_named_the_best_line_of_the_episode_are_no_quote() -> None:
    served = _served(
        "Episode three discussion thread: Harbour Lights",
        "u/fogbound_fan · 40 points",
        "“The lamp stays lit until they're home.” Finest line of the series so far, no notes.",
    )
    assert served == []


def test_words_a_comment_calls_something_else_stay_a_quote() -> None:
    served = _served(
        "Episode three discussion thread: Harbour Lights",
        "u/fogbound_fan · 40 points",
        "“The lamp stays lit until they're home.” Finest line of the series so far, no notes.",
        "Director Ines Vall told the podcast: “We shot the lighthouse in one night.” A lovely "
        "detail from the interview.",
    )
    assert served == ["We shot the lighth"]
