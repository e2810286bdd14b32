"""A line in marks right after "whose", the subject of the verb after it, is the line a part
speaks in the work ("a sheriff whose “...” becomes a joke"): no one's quote, and never the
words of the sentence's subject; a quote a "whose" aside only leads to stays quoted."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in facts(*paragraphs).quotes if q.served]


def test_a_parts_line_after_whose_is_no_quote() -> None:
    found = _served(
        "Harrow Fen returns to ITV on Sunday.",
        "Director Pell Anstey films the marshes beautifully. The weak spot is Ruan Tessick as a "
        "blustering bailiff whose “Stand aside for the law!” turns silly by episode two.",
    )
    assert found == []


def test_words_a_whose_aside_leads_to_stay_quoted() -> None:
    found = _served(
        "Harrow Fen returns to ITV on Sunday.",
        "Pell Anstey, whose last film was set in Hull, said: “The marsh is the main character.”",
    )
    assert found == [("The marsh is the main character.", "Pell Anstey")]
