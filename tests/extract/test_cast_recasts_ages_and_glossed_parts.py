"""Castings read again: a past-perfect announcement whose actor then left (the part gone to
another, in the same or the next sentence), ages in a paired list, a titled part named after a
comma, a crew post's name never a part, and a fan's "Wish" never a first name."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, pairs, served_pairs


def test_leaver_then_part_gone_to_in_the_next_sentence() -> None:
    found = facts(
        "Lantern Row casting news.",
        "Ravi Dunmore had been announced as Osric, a new character. Well, Ravi has now exited the"
        " project because of a clash. The part has gone to Tobin Achebe, who was on stage last"
        " year.",
    )
    assert ("Ravi Dunmore", "Osric") in former_pairs(found)
    assert ("Tobin Achebe", "Osric") in served_pairs(found)


def test_leaver_then_cast_in_his_place() -> None:
    found = facts(
        "Lantern Row casting news.",
        "Pell Ashworth plays her son Danny.",
        "An earlier announcement had named Ravi Dunmore as Danny Wren, but Dunmore withdrew in"
        " July and Ashworth was cast in his place.",
    )
    assert ("Ravi Dunmore", "Danny Wren") in former_pairs(found)


def test_a_leaver_with_no_successor_stays_as_it_was() -> None:
    found = facts(
        "Lantern Row casting news.",
        "Ravi Dunmore had been announced as Osric. The film starts shooting in May.",
    )
    assert ("Ravi Dunmore", "Osric") not in former_pairs(found)


def test_ages_in_a_paired_list() -> None:
    found = facts(
        "Lantern Row returns.",
        "Mara Quell, 21, and Toby Reyne, 22, will return as Ann Doyle and Ben Hart, the streamer"
        " confirmed.",
    )
    assert {("Mara Quell", "Ann Doyle"), ("Toby Reyne", "Ben Hart")} <= served_pairs(found)
    assert ("Toby Reyne", "Ann Doyle") not in pairs(found)


def test_titled_part_named_after_a_comma() -> None:
    found = facts(
        "Lantern Row exclusive.",
        "Tom Brand will share the screen with Ada Voss, who has been signed up to play the"
        " scheming Dowager Queen, Edith.",
    )
    assert ("Ada Voss", "Edith") in served_pairs(found)
    assert ("Ada Voss", "Dowager Queen") not in pairs(found)


def test_titled_part_before_a_listed_actor_stays() -> None:
    found = facts(
        "Lantern Row exclusive.",
        "Ada Voss plays the Dowager Queen, and Tom Brand plays the King.",
    )
    assert ("Ada Voss", "Dowager Queen") in served_pairs(found)


def test_a_crew_posts_name_is_no_part() -> None:
    found = facts(
        "Lantern Row casting news.",
        "Tom Brand plays Sunny Malik; Ada Voss plays the tutor, and the casting director is Mira"
        " Stone.",
    )
    assert ("Tom Brand", "Sunny Malik") in served_pairs(found)
    assert ("Ada Voss", "Mira Stone") not in pairs(found)


def test_a_fans_wish_is_no_first_name() -> None:
    found = facts(
        "Lantern Row megathread.",
        "Wish Ada had more to do as Elle, but the phone call was perfect.",
    )
    assert not any(actor.startswith("Wish") for actor, _ in pairs(found))
