"""A live blog's correction tells the leaver by a pronoun, then the part's new actor: "She has
left the production; the part of P is now played by B". The one other actor the article casts
as P left it: former, not current. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_LEDE = "Brannoch: live updates as the channel reveals its new drama's cast"


def test_the_other_actor_of_a_part_now_played_by_someone_else_is_former() -> None:
    found = facts(
        _LEDE,
        "15:58 A correction to our 14:10 post: we said Odile Ferracane plays the keeper's "
        "daughter. She has left the production because of a clash; the part of Tamsin Quell is "
        "now played by Ysolde Carrick.",
        "14:10 Casting confirmed: Perrin Mawle plays Lowry Dunmarsh; Odile Ferracane plays "
        "Tamsin Quell, the keeper's daughter.",
    )
    assert ("Odile Ferracane", "Tamsin Quell") in former_pairs(found)
    assert ("Ysolde Carrick", "Tamsin Quell") in served_pairs(found) - former_pairs(found)
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served_pairs(found) - former_pairs(found)


def test_two_other_actors_of_the_part_are_left_as_they_are() -> None:
    found = facts(
        _LEDE,
        "She has left the production; the part of Tamsin Quell is now played by Ysolde Carrick.",
        "Odile Ferracane plays Tamsin Quell. Hal Pettigrove also plays Tamsin Quell, in the "
        "flashbacks.",
    )
    assert ("Hal Pettigrove", "Tamsin Quell") in served_pairs(found)
    assert ("Odile Ferracane", "Tamsin Quell") not in former_pairs(found)
