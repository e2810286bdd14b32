"""A role noun owned by another title's possessive ("Penwick's director X") names that title's
maker, not the article's; the article's own title keeps its credit (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

TITLE = "Brisling leads the Bafta TV nominations"
LEDE = "Brisling, the BBC drama about a lifeboat crew, has received six Bafta nominations."


def _directors(text: str) -> set[str]:
    found = facts(LEDE, text, title=TITLE)
    return {c.name for c in found.crew if c.served and c.role.name == "DIRECTOR"}


def test_a_rivals_possessive_director_is_no_credit() -> None:
    assert not _directors("Penwick's director Orrin Vash is among the nominees for director.")


def test_our_titles_possessive_director_keeps_the_credit() -> None:
    assert _directors("Brisling's director Marla Quenby is among the nominees.") == {"Marla Quenby"}
