"""A credit hung on another work's bare title, set where only a work stands ("the Leeds-set Brass
Boys, directed by X", a company's "credits include ..., Dry Wells, directed by X"), is that
work's, not the article's; the article's own title in the same place keeps its credit, and a
title opening a sentence is left alone (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Larkhollow deserved a better slot"
_LEDE = "I laughed at the second episode of Larkhollow's final series."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_another_bare_titles_maker_is_no_credit() -> None:
    for sentence in (
        "The award-winning Salt Clock, directed by Greta Vance, opens the season.",
        "The Leeds-set Brass Boys, directed by Greta Vance, closes the festival on Sunday.",
        "Fenwick Pictures is a company whose credits include Lantern Row, Dry Wells, directed by"
        " Greta Vance, and Tin Hollow.",
        "The chart leader was Tin Hollow 2, the folk-horror sequel directed by Greta Vance.",
    ):
        assert "Greta Vance" not in _crew(sentence), sentence


def test_the_articles_own_title_keeps_its_credit() -> None:
    for sentence in (
        "Larkhollow, directed by Greta Vance, was shot in Kent.",
        "Copper Lanes, directed by Greta Vance, is a sentence's opening title, left alone.",
        "The Kent-born Larkhollow, directed by Greta Vance, was shot in Kent.",
        "They filmed on the shingle at Deal, shot by Greta Vance at dusk.",
    ):
        assert "Greta Vance" in _crew(sentence), sentence
