"""A title in quotation marks keeps its own language's capitals ("Das leise Haus"); an owner's
possessive before it or a work noun in apposition after it still makes it a title, not a quote.
"""

from __future__ import annotations

from tests.extract.helpers import facts


def _texts(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if q.served}


def test_an_owners_title_in_another_language_is_no_quote() -> None:
    texts = _texts(
        "Greta Ohlsdorf, known at home as the widow in ZDF’s “Das leise Haus”, has joined the "
        "cast of Tidewater.",
        'Later she starred in Canal Sur\'s "Huerta callada", a hit in 2021.',
    )
    assert "Das leise Haus" not in texts
    assert "Huerta callada" not in texts


def test_a_title_with_a_work_noun_apposed_after_is_no_quote() -> None:
    texts = _texts(
        "The director first saw Ilona Szabó in “Csendes utca”, the Hungarian drama in which she "
        "played a judge.",
        "Her breakthrough was “Lumière froide”, a French miniseries about a lighthouse.",
    )
    assert "Csendes utca" not in texts
    assert "Lumière froide" not in texts


def test_a_sentence_quoted_before_a_works_noun_phrase_is_still_a_quote() -> None:
    texts = _texts(
        "“We shot it in nine days,” said Ilona Szabó, the star of the film.",
        "Greta Ohlsdorf called it “Quite a thing to see”, the film’s director recalled.",
    )
    assert "We shot it in nine days" in texts
    assert "Quite a thing to see" in texts
