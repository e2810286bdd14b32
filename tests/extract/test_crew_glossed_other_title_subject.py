"""A passive credit whose subject is a noun phrase glossed with another work's quoted title
("The film he mentions, “X”, was directed by Y") is that work's credit, not the article's
(invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Lantern Bay: the film adaptation starts shooting"
_LEDE = "Lantern Bay is coming to the big screen, directed by Ines Morrow."


def test_a_mentioned_films_director_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "The film she mentions, “Ciemny Port” (“Dark Harbour”), was directed by Halvard Brune"
        " in 2019 and won a prize in Oslo.",
        title=_TITLE,
    )
    assert ("director", "Halvard Brune") not in credits(found)
    assert ("director", "Ines Morrow") in credits(found)


def test_an_earlier_shorts_writer_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "His earlier short, “Quiet Weir”, was written by Petra Novak.",
        title=_TITLE,
    )
    assert ("writer", "Petra Novak") not in credits(found)


def test_a_glossed_title_without_commas_is_no_credit() -> None:
    found = facts(
        _LEDE,
        "Her last feature “Saltgrass” was produced by Omar Quint and sold to four territories.",
        title=_TITLE,
    )
    assert ("producer", "Omar Quint") not in credits(found)


def test_the_articles_own_glossed_title_is_credited() -> None:
    found = facts(
        _LEDE,
        "The new film, “Lantern Bay”, was produced by Omar Quint.",
        title=_TITLE,
    )
    assert ("producer", "Omar Quint") in credits(found)
