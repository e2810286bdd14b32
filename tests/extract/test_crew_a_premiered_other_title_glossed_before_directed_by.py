"""A festival's other film, named after "premiere of" and glossed before ", directed by X",
is X's film, not the article's; the article's own film told the same way keeps its director
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Festival diary: Copperfold opens the Dunmere festival"
_LEDE = "Copperfold opened the festival on Friday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_another_premiered_films_director_is_no_credit() -> None:
    for sentence in (
        "Tonight brings the Irish premiere of Tin Lid, the Welsh thriller starring Perry Oduya"
        " as a ferryman, directed by Greta Vance.",
        "Saturday has the world premiere of Salt Cellar, a quiet comedy about two sisters,"
        " directed by Greta Vance.",
    ):
        assert "Greta Vance" not in _crew(sentence), sentence


def test_our_premiered_film_keeps_its_director() -> None:
    sentence = (
        "It is the world premiere of Copperfold, a coastal drama about two sisters, directed by"
        " Greta Vance."
    )
    assert "Greta Vance" in _crew(sentence)
