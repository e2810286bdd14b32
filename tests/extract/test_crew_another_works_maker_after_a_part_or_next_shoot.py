"""An actor's part in another work with its maker after it ("played Nell in Brackwater, directed
by X") and a crew member's next job told with its maker ("next she shoots Salt Year for the
Welsh director X") credit that work's maker, not ours; the article's own title keeps the credit
(invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Exclusive: Ida Brannock to lead Larkhollow"
_LEDE = "Ida Brannock will lead the thriller Larkhollow for Sky, with Mina Farrow directing."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_another_works_maker_is_no_credit() -> None:
    for sentence in (
        "Brannock played Nell in Brackwater, directed by Greta Vance, which premiered in Venice.",
        "Brannock starred as Ada in Copper Sound, written by Greta Vance.",
        "Next she shoots Salt Year for the Welsh director Greta Vance, due to start in March.",
        "He then lit Tin Harbour for director Greta Vance.",
    ):
        assert "Greta Vance" not in _crew(sentence), sentence


def test_the_articles_own_title_keeps_the_credit() -> None:
    sentence = "Brannock plays Nell in Larkhollow, written by Greta Vance."
    assert "Greta Vance" in _crew(sentence)
