"""A sentence opening on another title ("In The Tinwater, created by X and now filming ...") gives
X that work, not the article's (invented text, none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_title_opening_the_sentence_takes_its_creator() -> None:
    found = facts(
        "Brackenfall opens in May.",
        "In The Tinwater, created by Wilma Thrushgate and now filming its second season in "
        "Fife, he stars opposite Peder Quistorp.",
        title="Brackenfall gets a date",
    )
    assert not credits(found)
