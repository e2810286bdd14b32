"""A maker's debut set right beside the article's own title ("X's debut Title", "Title, X's
feature debut,") credits X as its director; another title's debut, an actor's screen debut and a
debut with no title beside it credit nobody (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Pell Marsh takes the jury prize at Whitby"


def _directors(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, title=_TITLE)
    return {c.name for c in found.crew if c.served and c.role.value == "director"}


def test_a_debut_beside_the_own_title_credits_its_director() -> None:
    for lede in (
        "Tamsin Orrell’s debut Pell Marsh was the surprise of the weekend at Whitby.",
        "Tamsin Orrell's feature debut, Pell Marsh, won the jury prize on Saturday night.",
        "Pell Marsh, Tamsin Orrell’s debut, drew the longest queue of the festival.",
    ):
        assert "Tamsin Orrell" in _directors(lede, "The jury met on Sunday."), lede


def test_another_titles_debut_or_an_actors_credits_nobody() -> None:
    for lede in (
        "Pell Marsh beat Tamsin Orrell’s debut Brindle Cove to the jury prize at Whitby.",
        "Pell Marsh stars Tamsin Orrell, whose screen debut, Brindle Cove, came in 2019.",
        "Tamsin Orrell’s debut was a stage play; Pell Marsh won the jury prize at Whitby.",
    ):
        assert "Tamsin Orrell" not in _directors(lede, "The jury met on Sunday."), lede
