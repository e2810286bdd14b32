"""A film or new season that follows a counted run of seasons ("after the three seasons directed
by X", "the four series, which were directed by X") names that run's directors, not its own; a
plain passive credit on the film keeps its director (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Profile: the camera behind Larkhollow: The Film"
_LEDE = "Davit Orlan shot Larkhollow: The Film, the Netflix feature out in June."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_the_counted_runs_directors_are_no_credit() -> None:
    for sentence in (
        "Director Mina Farrow, who came aboard after the three seasons directed by Greta Vance"
        " and Ossian Teague, sought him out.",
        "He never worked on the four series, which were directed by Greta Vance and then Ossian"
        " Teague, and watched them all before the shoot.",
    ):
        crew = _crew(sentence)
        assert "Greta Vance" not in crew, sentence
        assert "Ossian Teague" not in crew, sentence


def test_the_film_directed_by_keeps_its_credit() -> None:
    sentence = "The film, directed by Greta Vance, opens in June."
    assert "Greta Vance" in _crew(sentence)
