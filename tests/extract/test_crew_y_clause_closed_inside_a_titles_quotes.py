"""A clause set off after a name may close with its comma inside the last title's quotes, as
American trade copy does ("X, whose films include “A” and “B,” directs"): the verb after it is
still X's credit. A quoted title inside a clause that never closes before the verb credits
nobody by the clause's own verb."""

from __future__ import annotations

from tests.extract.helpers import served_crew

_TITLE = "Harbour Lights film adds three to its cast"
_LEDE = "The Harbour Lights film has added three actors, the studio said on Monday."


def test_a_whose_clause_closed_inside_quotes_keeps_the_director() -> None:
    crew = served_crew(
        _LEDE,
        "Nadia Orr, whose features include “Salt Roads” and “The Quiet Year,” directs from"
        " a script by Colm Bray.",
        title=_TITLE,
    )
    assert ("director", "Nadia Orr") in crew


def test_a_behind_clause_closed_inside_quotes_keeps_the_director() -> None:
    crew = served_crew(
        _LEDE,
        "Nadia Orr, the filmmaker behind “Salt Roads” and “The Quiet Year,” directs.",
        title=_TITLE,
    )
    assert ("director", "Nadia Orr") in crew


def test_a_quoted_title_closing_the_sentence_credits_no_one_else() -> None:
    crew = served_crew(
        _LEDE,
        "Nadia Orr, whose features include “Salt Roads,” said Colm Bray directs the sequel.",
        title=_TITLE,
    )
    assert ("director", "Nadia Orr") not in crew
