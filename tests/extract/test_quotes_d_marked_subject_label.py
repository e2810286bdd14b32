"""Quotes on invented text: a word or two the writer marks as the head of their own sentence's
subject ("the festival's closing “mystery film” was ...") is a label, no one's quote; words a
named person says stay theirs."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_a_marked_label_heading_the_sentences_subject_is_no_quote() -> None:
    served = _served(
        "Festival report: a packed closing night in Leeds.",
        "When the programmers revealed that the festival's closing “mystery film” was Harbour "
        "Lights, the tickets went in minutes.",
    )
    assert served == []


def test_words_a_named_director_says_stay_a_quote() -> None:
    served = _served(
        "Festival report: a packed closing night in Leeds.",
        "Director Ines Vall said the closing film was “a love letter to the coast”, and the "
        "tickets went in minutes.",
    )
    assert served == ["a love letter to t"]
