"""A rival work led by its kind, "epic" among them ("The period epic The Copper Crown, directed
by X and starring Y as Z, leads the field"), credits and casts that work, not the article's;
the article's own title told the same way keeps its credits (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_TITLE = "Awards season: can little ‘Fenwater’ go all the way?"
_LEDE = "This year it is Fenwater, Ada Penrose’s drama about two sisters on the Norfolk coast."
_CREDITS = "Penrose wrote and directed. Lia Morrow plays Jess."


def test_a_rival_epics_director_and_cast_are_not_ours() -> None:
    for sentence in (
        "Its rival is stiffer. The period epic The Copper Crown, directed by Rufus Tannock and"
        " starring Odile Marsh as Queen Agnes, is tipped to lead the nominations.",
        "The historical epic Lantern Hill, directed by Rufus Tannock, is the favourite.",
    ):
        found = facts(_LEDE, _CREDITS, sentence, title=_TITLE)
        assert "Rufus Tannock" not in {c.name for c in found.crew if c.served}, sentence
        assert ("Odile Marsh", "Queen Agnes") not in pairs(found), sentence


def test_our_own_epic_keeps_its_director() -> None:
    found = facts(_LEDE, "The epic Fenwater, directed by Ada Penrose, opens in June.", title=_TITLE)
    assert "Ada Penrose" in {c.name for c in found.crew if c.served}
