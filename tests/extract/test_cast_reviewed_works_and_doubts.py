"""A podcast's "discuss X's Title" names a work, no part; an actor who is "not sure" the part
appears is held; a player "who has played" a part and is not returning has left it."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, held_pairs, served_pairs

_LEDE = "Marisol Teague is back as Wren Hollis in Fernhollow, the podcast hears."


def test_a_discussed_possessive_is_a_work() -> None:
    found = facts(_LEDE, "The hosts also discuss Tamsin Oduya’s Glasswing and the awards race.")
    assert ("Tamsin Oduya", "Glasswing") not in served_pairs(found)
    assert ("Marisol Teague", "Wren Hollis") in served_pairs(found)


def test_an_owned_part_in_a_plain_sentence_stays() -> None:
    found = facts(_LEDE, "Tamsin Oduya’s Glasswing, the new tutor, steals every scene.")
    assert ("Tamsin Oduya", "Glasswing") in served_pairs(found)


def test_an_actor_not_sure_the_part_appears_is_held() -> None:
    found = facts(
        _LEDE,
        "Rufus Calloway, who plays Dorian Pike, has also said he is “not sure” whether Dorian "
        "appears.",
    )
    assert ("Rufus Calloway", "Dorian Pike") not in served_pairs(found)
    assert ("Rufus Calloway", "Dorian Pike") in held_pairs(found)


def test_an_actor_sure_of_the_part_stays() -> None:
    found = facts(_LEDE, "Rufus Calloway, who plays Dorian Pike, has said he is thrilled.")
    assert ("Rufus Calloway", "Dorian Pike") in served_pairs(found)


def test_who_has_played_and_is_not_returning_is_a_leaver() -> None:
    found = facts(
        _LEDE,
        "Rufus Calloway, who has played Wren’s older brother Declan since series one, is not "
        "returning due to a stage run.",
    )
    assert ("Rufus Calloway", "Declan") in former_pairs(found)
    assert ("Rufus Calloway", "Declan") not in served_pairs(found) - former_pairs(found)
