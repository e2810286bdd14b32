"""Casting shapes around a part that are easy to misread: a place fronted before the part
("Back at Harrowgate, Mira, played by X"), a family's possessive before the part ("X as the
Pellings' cook, Dora Fenn"), a bracketed note between a list item's part and its dash, a noun
"stars" after an adjective ("Returning stars X and Y reprise their roles as ..."), and a
successor told by pronoun ("X is in it as Mira. She replaced Y in March.")."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_place_fronted_before_the_part_is_not_the_part() -> None:
    found = facts(
        "Copper Bay is out now.",
        "Back at Harrowgate, Mira, played by Odile Brandt, gets the best scenes of the film.",
        title="Copper Bay review",
    )
    assert ("Odile Brandt", "Mira") in served_pairs(found)
    assert ("Odile Brandt", "Harrowgate") not in pairs(found)


def test_a_place_opening_the_sentence_is_not_the_part() -> None:
    found = facts(
        "Copper Bay is out now.",
        "At Fallow Court, Tobias, played by Lennart Osk, finally finds the letter.",
        title="Copper Bay review",
    )
    assert ("Lennart Osk", "Tobias") in served_pairs(found)
    assert ("Lennart Osk", "Fallow Court") not in pairs(found)


def test_a_look_at_a_part_played_by_stays_a_casting() -> None:
    found = facts(
        "The Copper Bay trailer is here.",
        "It gives us a first look at Mira, played by Odile Brandt, and at Dr Renner, now played "
        "by Lennart Osk.",
        title="Copper Bay trailer",
    )
    assert ("Odile Brandt", "Mira") in served_pairs(found)
    assert ("Lennart Osk", "Dr Renner") in served_pairs(found)


def test_a_familys_possessive_before_the_part_is_not_the_part() -> None:
    found = facts(
        "Copper Bay is out now.",
        "The film also stars Greer Talbot as the Pellings' long-suffering cook, Dora Fenn.",
        title="Copper Bay review",
    )
    assert ("Greer Talbot", "Dora Fenn") in served_pairs(found)
    assert ("Greer Talbot", "Pellings") not in pairs(found)


def test_a_familys_possessive_with_no_part_named_is_not_served() -> None:
    found = facts(
        "Copper Bay is out now.",
        "Greer Talbot plays the Hardcastles’ gardener.",
        title="Copper Bay review",
    )
    assert ("Greer Talbot", "Hardcastles") not in served_pairs(found)


def test_a_note_between_a_list_items_part_and_its_dash() -> None:
    found = facts(
        "Copper Bay wraps. The cast, character first:",
        "1. Mira Holt – Odile Brandt",
        "2. Tobias Renner (the lighthouse keeper!) – Lennart Osk",
        title="Copper Bay wraps",
    )
    assert {("Odile Brandt", "Mira Holt"), ("Lennart Osk", "Tobias Renner")} <= pairs(found) | {
        (b, a) for a, b in pairs(found)
    }


def test_returning_stars_reprise_their_roles_respectively() -> None:
    found = facts(
        "Copper Bay is back.",
        "Returning stars Odile Brandt and Lennart Osk reprise their roles as Mira Holt and "
        "Tobias Renner, respectively.",
        title="Copper Bay sequel",
    )
    assert {("Odile Brandt", "Mira Holt"), ("Lennart Osk", "Tobias Renner")} <= served_pairs(found)


def test_fellow_stars_will_play() -> None:
    found = facts(
        "Copper Bay is back.",
        "Fellow stars Greer Talbot and Kasimir Lund will play Dora Fenn and Ansel Pike.",
        title="Copper Bay sequel",
    )
    assert {("Greer Talbot", "Dora Fenn"), ("Kasimir Lund", "Ansel Pike")} <= served_pairs(found)


def test_a_work_that_stars_people_stays_elsewhere() -> None:
    found = facts(
        "Copper Bay is back.",
        "Saltmarsh stars Greer Talbot as Dora Fenn.",
        title="Copper Bay sequel",
    )
    assert ("Greer Talbot", "Dora Fenn") not in served_pairs(found)


def test_a_pronoun_successor_makes_the_named_leaver_former() -> None:
    found = facts(
        "Copper Bay is out. Mira Holt is the lead.",
        "Yes, Odile Brandt is in it as Mira. She replaced Greer Talbot in March.",
        title="Copper Bay megathread",
    )
    former = {(c.actor, c.character) for c in found.cast if c.status.value == "former"}
    assert ("Greer Talbot", "Mira Holt") in former
    assert ("Odile Brandt", "Mira Holt") in served_pairs(found)


def test_a_pronoun_successor_told_last_season() -> None:
    found = facts(
        "Copper Bay is out. Tobias Renner is back.",
        "Lennart Osk now plays Tobias. He replaced Kasimir Lund last spring.",
        title="Copper Bay megathread",
    )
    former = {(c.actor, c.character) for c in found.cast if c.status.value == "former"}
    assert ("Kasimir Lund", "Tobias Renner") in former


def test_a_pronoun_successor_in_another_work_names_no_leaver() -> None:
    found = facts(
        "Copper Bay is out. Mira Holt is the lead.",
        "Odile Brandt plays Mira. She replaced Greer Talbot in Saltmarsh.",
        title="Copper Bay megathread",
    )
    assert all(c.actor != "Greer Talbot" for c in found.cast)


def test_an_opening_actor_as_part_doing_something_on_screen() -> None:
    found = facts(
        "Copper Bay is out now.",
        "And Greer Talbot as Dora Fenn gets just one scene, on a pier at night.",
        title="Copper Bay review",
    )
    assert ("Greer Talbot", "Dora Fenn") in served_pairs(found)


def test_an_opening_actor_as_part_who_steals_the_film() -> None:
    found = facts(
        "Copper Bay is out now.",
        "Kasimir Lund as Ansel Pike steals every scene he is in.",
        title="Copper Bay review",
    )
    assert ("Kasimir Lund", "Ansel Pike") in served_pairs(found)


def test_the_role_has_gone_to_the_successor_of_a_leaver() -> None:
    found = facts(
        "Copper Bay is filming.",
        "Last week the studio confirmed that Lia Dunn, announced in March as Tom’s aunt Dora "
        "Fenn, had left the film. The role has gone to Greer Talbot, who shot her first scenes "
        "on Monday.",
        title="Copper Bay set visit",
    )
    assert ("Greer Talbot", "Dora Fenn") in served_pairs(found)


def test_the_part_went_to_the_successor_of_a_leaver() -> None:
    found = facts(
        "Copper Bay is filming.",
        "Lia Dunn, who was cast as Dora Fenn, has left. The part went to Greer Talbot.",
        title="Copper Bay set visit",
    )
    assert ("Greer Talbot", "Dora Fenn") in served_pairs(found)


def test_a_part_first_announced_for_a_leaver_makes_them_former() -> None:
    found = facts(
        "Copper Bay is filming.",
        "Tom’s father, Ansel, is now played by Kasimir Lund. The part was originally announced "
        "for Lia Dunn, who withdrew in the spring for health reasons.",
        title="Copper Bay set visit",
    )
    former = {(c.actor, c.character) for c in found.cast if c.status.value == "former"}
    assert ("Lia Dunn", "Ansel") in former


def test_a_part_first_announced_for_someone_who_did_not_leave_names_no_leaver() -> None:
    found = facts(
        "Copper Bay is filming.",
        "Mira is now played by Greer Talbot. The part was originally announced for Odile "
        "Brandt, who was thrilled.",
        title="Copper Bay set visit",
    )
    assert all(c.actor != "Odile Brandt" for c in found.cast)
