"""A paragraph that turns to other news with "Over at the <outlet>, ..." credits that news's
makers, as "Over at <outlet>, ..." does; the article's own production named there keeps its
credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Cinder Marsh begins filming in Norfolk"
_LEDE = "Cinder Marsh, the new drama from Fenlight, began filming in Norfolk on Monday."


def _served_crew(*paragraphs: str) -> set[str]:
    found = facts(_LEDE, *paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served}


def test_a_credit_after_over_at_the_outlet_is_that_news() -> None:
    for paragraph in (
        "Over at the BBC, the thriller Low Fold has cast Ada Brisk as DI Nell Rowe. Filming"
        " begins in May. Writer Tobin Rusk said Brisk simply was Nell.",
        "Over at the Saltbox Channel, the comedy Tin Yard is back. Director Tobin Rusk said the"
        " scripts were the best yet.",
    ):
        assert "Tobin Rusk" not in _served_crew(paragraph), paragraph


def test_the_articles_own_work_named_there_keeps_its_credit() -> None:
    paragraph = (
        "Over at the BBC, the thriller Low Fold has wrapped. Cinder Marsh is written by Tobin Rusk."
    )
    assert "Tobin Rusk" in _served_crew(paragraph)
