"""Quotes on invented text: a few lowercase words in marks right after "was spotted" or "being
pictured" are the writer's marks on how someone looked, never that person's words."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Corin Maddox-Vale is staying on The Quayside after all, we can reveal."


def _served(*paragraphs: str) -> set[str]:
    return {q.text for q in facts(*paragraphs).quotes if q.served}


def test_how_someone_was_spotted_is_no_quote() -> None:
    served = _served(
        _LEDE,
        "The 39-year-old heartthrob, who plays landlord Terry Pike, was said to be at odds with "
        "bosses after being spotted “looking furious” at a Leeds bar in March.",
    )
    assert "looking furious" not in served


def test_how_someone_was_pictured_is_no_quote() -> None:
    served = _served(
        _LEDE,
        "The 39-year-old heartthrob, who plays landlord Terry Pike, was pictured ‘close to "
        "tears’ outside the studio in March, fuelling talk of an exit.",
    )
    assert "close to tears" not in served


def test_words_a_person_is_said_to_use_are_still_quoted() -> None:
    served = _served(_LEDE, "Maddox-Vale said he was “thrilled to bits” to be back.")
    assert "thrilled to bits" in served
