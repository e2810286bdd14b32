"""An awards page's rival work, its maker in an aside who also stars in it ("W, directed by X,
who also stars as P, has seven"), or a title joined by "&": all of it is that work's, not ours."""

from tests.extract.helpers import facts, served_credits, served_pairs

_LEDE = (
    "Marrowfield Lights, the Cornish fishing drama that surprised everyone last spring, leads "
    "the Bafta nominations with eight."
)
_TITLE = "How Marrowfield Lights became the awards frontrunner"


def test_a_rival_directed_by_someone_who_also_stars_is_neither_our_director_nor_cast() -> None:
    for sentence in (
        "Tar & Feather, directed by Olwen Haskett, who also stars as ferrywoman Bettrys Vane, "
        "has five.",
        "Quiet Acre, written by Olwen Haskett, who also plays the shepherd Bettrys Vane, earned "
        "five nominations.",
        "Brine & Bone, from director Olwen Haskett, who stars as the smuggler Bettrys Vane, "
        "picked up five nods.",
    ):
        found = facts(
            _LEDE,
            "Marrowfield Lights was directed by Senna Rowe-Ibbot.",
            sentence,
            title=_TITLE,
        )
        assert ("director", "Senna Rowe-Ibbot") in served_credits(found), sentence
        assert ("director", "Olwen Haskett") not in served_credits(found), sentence
        assert ("writer", "Olwen Haskett") not in served_credits(found), sentence
        assert ("Olwen Haskett", "Bettrys Vane") not in served_pairs(found), sentence
