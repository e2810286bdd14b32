"""Castings that are not this production's: a dub's or voice-over's "as the voice of P" (a
foreign-language or audio version's voice, not a part cast in the work), a wire story's
dateline "CITY (Agency) -" (a place and an agency, not a part and its actor), and a historical
event named before a "played by" that belongs to a part named after it."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_dubs_voice_of_is_no_casting() -> None:
    found = facts(
        "Kestrel Bay arrives on the platform in June.",
        "The German-language dub will feature Jonas Elmer as the voice of Tam and Uwe Brack "
        "as the voice of Lio.",
    )
    assert not pairs(found) & {("Jonas Elmer", "Tam"), ("Uwe Brack", "Lio")}


def test_a_dubbed_version_voice_of_is_no_casting() -> None:
    found = facts(
        "In the dubbed version for Spanish viewers, Marta Ruiz Ocaña serves up the lines as the "
        "voice of Della Pike."
    )
    assert ("Marta Ruiz Ocaña", "Della Pike") not in pairs(found)


def test_the_voice_of_in_an_animation_is_still_a_casting() -> None:
    found = facts(
        "The animated film will again feature Jonas Elmer as the voice of Tam and Uwe Brack as "
        "the voice of Lio."
    )
    assert ("Jonas Elmer", "Tam") in served_pairs(found)


def test_a_wire_dateline_is_no_casting() -> None:
    found = facts(
        "DUBLIN (Harbour Newswire) - The actor Siobhan Greer has left the thriller Saltmoor.",
        "Greer was to play Nora Vane.",
    )
    assert ("Harbour Newswire", "DUBLIN") not in pairs(found)
    assert ("Siobhan Greer", "Nora Vane") in served_pairs(found)


def test_a_dateline_with_a_dash_is_no_casting() -> None:
    found = facts("MANCHESTER (Lantern Press) – Filming on Saltmoor began this week.")
    assert ("Lantern Press", "MANCHESTER") not in pairs(found)


def test_an_event_before_the_story_and_its_played_by() -> None:
    found = facts(
        "Set in 1956, during the Suez Crisis, the film follows the ferryman Ivo Brandt, played "
        "by Kasimir Lehn, whose boat is seized."
    )
    assert ("Kasimir Lehn", "Suez Crisis") not in pairs(found)
    assert ("Kasimir Lehn", "Ivo Brandt") in served_pairs(found)


def test_a_story_clause_after_a_war_and_its_played_by() -> None:
    found = facts(
        "In the winter after the Long Strike, the story centres on Agnes Moll, played by Ruth "
        "Harlan."
    )
    assert ("Ruth Harlan", "Long Strike") not in pairs(found)
    assert ("Ruth Harlan", "Agnes Moll") in served_pairs(found)
