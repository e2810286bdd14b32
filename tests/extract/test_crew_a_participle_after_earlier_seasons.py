"""A passive credit hung on the earlier instalments ("the look of the earlier seasons, directed by
A and B") is theirs, not the new production's; the new film's own "directed by" keeps its credit
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "How Ines Calloway lit the Brackenfold film"
_LEDE = "Ines Calloway shot Brackenfold: Homecoming, which Netflix released in March."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_the_earlier_seasons_makers_are_no_credit() -> None:
    for sentence in (
        "She swapped the pastel palette of the earlier seasons, directed by Tobias Wren and"
        " Maia Lund, for something warmer.",
        "The grain recalls the previous two series, directed by Tobias Wren, but darker.",
    ):
        crew = _crew(sentence)
        assert "Tobias Wren" not in crew, sentence
        assert "Maia Lund" not in crew, sentence


def test_the_films_own_director_keeps_the_credit() -> None:
    sentence = "The film, directed by Tobias Wren, keeps the show's warmth."
    assert "Tobias Wren" in _crew(sentence)


def test_a_first_run_or_an_original_film_keeps_the_credit() -> None:
    for sentence in (
        "The first two episodes, directed by Tobias Wren, screen at a festival in March.",
        "The Netflix Original film, directed by Tobias Wren, wrapped on Friday.",
    ):
        assert "Tobias Wren" in _crew(sentence), sentence
