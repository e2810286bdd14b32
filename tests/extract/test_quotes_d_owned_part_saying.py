"""Quotes on invented text: an actor's part, owned by the actor's name and perhaps placed in the
film between commas, saying the words ("Mira Sobek's Wren, near the end, saying “...”") gives
a line of the work, no one's quote; the actor's own words stay hers."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_an_owned_part_placed_in_the_film_saying_the_words_is_no_quote() -> None:
    served = _served(
        "Opinion: why Harbour Lights stays with you.",
        "What I keep thinking about is Mira Sobek's Wren, near the end, saying “we only ever "
        "had the one boat, didn't we?” and not crying.",
    )
    assert served == []


def test_the_actors_own_words_stay_hers() -> None:
    served = _served(
        "Opinion: why Harbour Lights stays with you.",
        "Mira Sobek, near the end of our chat, said the ending was “the hardest day I've had”.",
    )
    assert served == ["the hardest day I'"]
