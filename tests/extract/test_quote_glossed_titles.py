"""Quotes on invented text: a foreign title in marks, glossed once in brackets ("“Nyári eső”
(Summer Rain)"), is a title at every later mention too, never anyone's words; a phrase in marks
that is never glossed is still quoted."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if q.served}


def test_a_glossed_title_named_again_is_no_quote() -> None:
    served = _served(
        "Editor Rozália Fenyvesi-Kant cut the new Lumen drama.",
        "She is best known for “Nyári eső” (Summer Rain), a Hungarian road movie.",
        "The Budapest studio Verőfény, which backed “Nyári eső”, says a sequel is planned.",
    )
    assert "Nyári eső" not in served


def test_a_title_glossed_with_single_marks_is_no_quote_either() -> None:
    served = _served(
        "Composer Jarl Eikeland-Moss scored the new Lumen drama.",
        "His breakthrough was ‘Havets Lys’ (Light of the Sea) in 2021.",
        "The label Nordlys, which released ‘Havets Lys’, says a reissue is coming.",
    )
    assert "Havets Lys" not in served


def test_words_said_beside_a_glossed_title_are_still_quoted() -> None:
    served = _served(
        "Editor Rozália Fenyvesi-Kant cut the new Lumen drama.",
        "She is best known for “Nyári eső” (Summer Rain), a Hungarian road movie.",
        "“Nobody in Budapest had heard of me before that film,” she says.",
    )
    assert "Nobody in Budapest had heard of me before that film" in served
