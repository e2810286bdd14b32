"""A profile's earlier work told with its year in brackets and a genre ("Brackwater Rise (2019), a
coastal thriller directed by X") credits that work's maker, not the article's production's; a
place described the same way without a year keeps the credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Profile: the camera behind Larkhollow"
_LEDE = "Davit Orlan shot Larkhollow, the Netflix drama out in June."


def _crew(sentence: str) -> set[str]:
    return {c.name for c in facts(_LEDE, sentence, title=_TITLE).crew if c.served}


def test_a_dated_earlier_works_director_is_no_credit() -> None:
    for sentence in (
        "His break came with Brackwater Rise (2019), a coastal thriller directed by Greta Vance,"
        " and he went on to shoot a miniseries.",
        "He then shot The Copper Hour (2022), the period drama written by Greta Vance.",
    ):
        assert "Greta Vance" not in _crew(sentence), sentence


def test_a_place_described_without_a_year_keeps_the_credit() -> None:
    sentence = "Set in Harrowby, the coastal drama directed by Greta Vance opens in June."
    assert "Greta Vance" in _crew(sentence)
