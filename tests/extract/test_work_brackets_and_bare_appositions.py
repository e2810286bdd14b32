"""A bracket after an actor cast as another part names their earlier work; a part after a
place word and a noun ("Garda detective X") is the name; a word of praise opening a sentence
("Breakout X") is not part of the name."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_bracket_after_an_actor_cast_elsewhere_is_their_earlier_work() -> None:
    found = facts(
        "EXCLUSIVE: Petra Lindqvist (Harbour Lights) joins the cast of Quarry Lane.",
        "Lindqvist plays Hanne Vogt, a ferry pilot with a secret.",
    )
    assert pairs(found) == {("Petra Lindqvist", "Hanne Vogt")}


def test_a_bracketed_show_in_a_trade_lede_with_the_part_later() -> None:
    found = facts(
        "Osman Reyes (The Night Shift Boys) and Ilse Marchetti have boarded Quarry Lane.",
        "Reyes will play Tomas Berg and Marchetti will play Rosa Berg.",
    )
    assert ("Osman Reyes", "The Night Shift Boys") not in pairs(found)
    assert ("Osman Reyes", "Night Shift Boys") not in pairs(found)
    assert ("Osman Reyes", "Tomas Berg") in pairs(found)


def test_a_place_word_and_a_noun_before_the_name_of_the_part() -> None:
    found = facts(
        "Quarry Lane has cast two more.",
        "Maren Solvik will play Garda sergeant Edie Trask in the new series.",
    )
    assert pairs(found) == {("Maren Solvik", "Edie Trask")}


def test_an_agency_and_a_noun_before_the_name_of_the_part() -> None:
    found = facts(
        "Quarry Lane has cast two more.",
        "Callum Adair joins as NYPD detective Joss Penhallow, a man with nothing left to lose.",
    )
    assert pairs(found) == {("Callum Adair", "Joss Penhallow")}


def test_a_word_of_praise_opening_a_sentence_is_not_in_the_name() -> None:
    found = facts(
        "Quarry Lane is chasing awards.",
        "Breakout Hollis Varga, who plays Wren Okafor in Quarry Lane, is one to watch.",
    )
    assert ("Hollis Varga", "Wren Okafor") in pairs(found)
    assert not any(actor.startswith("Breakout") for actor, _ in pairs(found))


def test_acclaimed_opening_a_sentence_is_not_in_the_name_either() -> None:
    found = facts(
        "Quarry Lane has its lead.",
        "Acclaimed Tamsin Hale will play Ilse Berg.",
    )
    assert pairs(found) == {("Tamsin Hale", "Ilse Berg")}
