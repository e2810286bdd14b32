"""A title named with its maker in a "whose" clause ("she picked Channel 9's Dunwold Street,
whose creator X was a guest last year") credits X with that title, not the article's work; the
article's own title in the same shape keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Pellworth Yard returns: its creator on sitcom rules"
_LEDE = (
    "Pellworth Yard, the Channel 4 sitcom, returns for a second series on 3 May, and its creator"
    " Mina Tovey joins the podcast."
)


def _crew(sentence: str) -> set[str]:
    found = facts(_LEDE, sentence, title=_TITLE)
    return {c.name for c in found.crew if c.served}


def test_another_titles_maker_in_a_whose_clause_is_no_credit() -> None:
    for sentence in (
        "Tovey picked Channel 9's Dunwold Street, whose creator Osric Palfrey was a guest last"
        " year.",
        "Her comfort watch is “Harrow Lights”, whose director Osric Palfrey she calls a mentor.",
    ):
        assert "Osric Palfrey" not in _crew(sentence), sentence


def test_our_titles_maker_in_a_whose_clause_keeps_the_credit() -> None:
    for sentence in (
        "The talk turns to Pellworth Yard, whose director Osric Palfrey shot it in Leeds.",
        "It is made by Tallow Films, whose producer Osric Palfrey said the shoot was fun.",
    ):
        assert "Osric Palfrey" in _crew(sentence), sentence
