"""Quotes on invented text: "I asked ..." opening the writer's next sentence does not make the
words before it the writer's; "“...?” I ask." is still the writer's own question."""

from __future__ import annotations

from dataclasses import replace

from bot.extract import extract_facts
from tests.extract.helpers import article


def _said(start: str, *paragraphs: str, byline: str | None = None) -> tuple[str, str] | None:
    found = extract_facts(replace(article(*paragraphs), byline=byline))
    for quote in found.quotes:
        if quote.text.startswith(start) and quote.served:
            return quote.speaker, quote.source.name
    return None


def test_a_new_sentence_of_the_writers_asking_is_not_the_quotes_attribution() -> None:
    said = _said(
        "some time next year",
        "A Vantory spokesperson told The Reel there was “nothing to announce”, adding only "
        "that Brackwater would land “some time next year”. I asked whether that meant summer. "
        "No answer came.",
        byline="Orla Penhale",
    )
    assert said is not None and said[0] != "Orla Penhale"


def test_the_writers_own_question_is_still_theirs() -> None:
    said = _said(
        "And after Brackwater?",
        "Tamsin Reyes has finished shooting Brackwater for Vantory.",
        "“And after Brackwater?” I ask. She laughs.",
        byline="Orla Penhale",
    )
    assert said == ("Orla Penhale", "PERSON")
