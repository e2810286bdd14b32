"""An awards piece's list of contenders after "up against" names each contender's maker in an
aside ("is up against Vela's Copper Bell, directed by X"): that contender's crew, not the
article's; the article's own title in the same place keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow leads the youth drama awards shortlist"
_LEDE = "Larkhollow has three nominations at this year's youth drama awards."


def _crew(sentence: str) -> set[tuple[str, str]]:
    return {(c.name, c.role.value) for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_contenders_maker_is_no_credit() -> None:
    for sentence in (
        "Larkhollow is up against Tin Lane, which stars Ada Kerr, and Vela Kids’ Copper Bell,"
        " directed by Greta Vance, in the drama category.",
        "In the drama category it is pitted against Copper Bell, written by Greta Vance.",
        "Larkhollow will be competing with the BBC's Salt Row, directed by Greta Vance.",
    ):
        assert ("Greta Vance", "director") not in _crew(sentence), sentence
        assert ("Greta Vance", "writer") not in _crew(sentence), sentence


def test_the_articles_own_title_keeps_its_credit() -> None:
    crew = _crew("Tin Lane is up against Larkhollow, directed by Greta Vance, for best drama.")
    assert ("Greta Vance", "director") in crew
    crew = _crew("Larkhollow, directed by Greta Vance, leads the drama shortlist.")
    assert ("Greta Vance", "director") in crew
