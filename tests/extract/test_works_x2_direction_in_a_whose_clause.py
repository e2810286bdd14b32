"""Work done "under X's direction" inside a relative clause that names a title ("whose Harrow
Fen songs were recorded under X's direction") is that title's, not the article's production's;
the phrase with no title in the clause still credits X (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Brindle Marsh adds a composer as the shoot moves to Norfolk"
_LEDE = "Brindle Marsh began filming in Norfolk on Monday."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_titled_whose_clause_credits_the_other_work() -> None:
    sentence = "Lu Marr, whose Harrow Fen songs were recorded under Oren Vasko’s direction, joins."
    assert "Oren Vasko" not in _crew(sentence)


def test_a_whose_clause_with_no_title_still_credits() -> None:
    for sentence in (
        "Lu Marr, whose scenes were shot under Oren Vasko’s direction, is back in Norfolk.",
        "Here, under Oren Vasko’s direction, the marsh scenes are cold and bright.",
    ):
        assert "Oren Vasko" in _crew(sentence), sentence
