"""A sentence whose subject is someone's earlier work ("Vell's earlier novel Kestlecombe was
adapted by Channel 9 in 2017, directed by X") credits that adaptation's maker, not the article's;
a sentence about the article's own work keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Saltmarsh trailer: seven things we learned"
_LEDE = "The first trailer for Saltmarsh, directed by Ines Vell, is here."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_credit_on_an_earlier_book_adaptation_is_not_ours() -> None:
    for sentence in (
        "Orr’s earlier novel Kestlecombe was adapted by Channel 9 in 2017, directed by Callan"
        " Moor.",
        "Orr's first play The Pike was filmed for television in 2012, produced by Callan Moor.",
    ):
        assert "Callan Moor" not in _crew(sentence), sentence


def test_a_credit_on_our_own_work_stays() -> None:
    sentence = "Orr’s novel Saltmarsh was adapted by Vela last year, produced by Callan Moor."
    assert "Callan Moor" in _crew(sentence)
