"""Quotes on invented text: a numbered instalment's title in marks ("episode 41, “...”") is a
title even with a guest's name, a colon and a closing question; a sentence there stays a quote."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Ada Vale talks about her new series Marsh Light on this week's Draft Night."


def _texts(line: str) -> set[str]:
    return {q.text for q in facts(_LEDE, line, date="2026-03-01").quotes}


def test_an_episode_title_after_its_number_is_no_quote() -> None:
    for line in (
        'Listen: Draft Night, episode 41, "Ada Vale: Which Summer?"',
        "Listen: Draft Night, episode 41, “Ada Vale: The Long Tide” (52 mins).",
        "The book's chapter 3, ‘Who Took The Boat?’, is the one she rewrote.",
    ):
        assert not _texts(line), line


def test_a_sentence_after_an_episode_number_stays_a_quote() -> None:
    line = "Listen: Draft Night, episode 41, “I had to learn to sail in three weeks?”"
    assert "I had to learn to sail in three weeks?" in _texts(line)


def test_a_title_case_question_with_no_number_stays_a_quote() -> None:
    line = "Vale laughs: “Which Summer?”"
    assert "Which Summer?" in _texts(line)
