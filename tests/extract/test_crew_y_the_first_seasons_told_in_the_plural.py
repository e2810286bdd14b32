"""The show's first seasons, in the plural, as a passive's subject ("The first seasons were
directed by X and Y") are the runs before the film, so their makers are not the film's; a single
first season told of nothing past is left to the other rules (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harrowgate film wraps in Leeds"
_LEDE = "The Harrowgate film, directed by Tobias Wren, wrapped in Leeds on Friday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_the_first_seasons_makers_are_not_the_films() -> None:
    for sentence in (
        "Q: The first seasons were directed by Marta Quill and Ivo Fenn.",
        "Its early series were written by Marta Quill and Ivo Fenn.",
    ):
        found = _crew(sentence)
        assert not found & {"Marta Quill", "Ivo Fenn"}, sentence
        assert "Tobias Wren" in found, sentence


def test_the_film_told_after_them_keeps_its_credit() -> None:
    found = _crew("The film was directed by Marta Quill, who shot it in Kent.")
    assert "Marta Quill" in found
