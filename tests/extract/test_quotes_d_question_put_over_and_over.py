"""Quotes on invented text: words in marks inside a question people keep putting ("stopped
getting asked whether she is “...”", "stop asking why it “...”") are the askers' wording, no
one's quote; an answer told with a speech verb keeps its speaker."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_words_of_a_question_she_keeps_getting_asked_are_no_quote() -> None:
    served = _served(
        "Profile: Mira Sobek, at last the lead.",
        "Mira Sobek has spent ten years getting asked whether she is “the girl from the crisps "
        "advert”. Next month she leads a drama of her own.",
    )
    assert served == []


def test_words_of_a_question_readers_should_stop_asking_are_no_quote() -> None:
    served = _served(
        "Harbour Lights release day megathread",
        "1. The preview in Leeds was a preview. Please stop asking why it “went out a week early”.",
    )
    assert served == []


def test_an_answer_after_the_question_keeps_its_speaker() -> None:
    served = _served(
        "Profile: Mira Sobek, at last the lead.",
        "After getting asked whether she minded, Mira Sobek said it was “a relief, honestly”.",
    )
    assert served == ["a relief, honestly"]
