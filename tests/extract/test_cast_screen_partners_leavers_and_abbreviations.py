"""Castings told beside a screen relation, a leaving, or an organisation's abbreviation."""

from tests.extract.helpers import facts, former_pairs, served_pairs


def test_a_screen_relation_before_a_bracket_names_the_actor_first() -> None:
    for relation in ("on-screen boyfriend", "onscreen sister", "screen mum"):
        found = facts(
            "Marla Quince, who plays Ivy Stroud, posted a selfie with "
            f"{relation} Dorian Fell (Kit Harrow), both still in costume."
        )
        assert ("Dorian Fell", "Kit Harrow") in served_pairs(found), relation
        assert ("Kit Harrow", "Dorian Fell") not in served_pairs(found), relation


def test_announced_then_dropped_out_is_a_former_casting() -> None:
    for sentence in (
        "Tobias Wrenfield was announced as Jory Palin back in 2024 but dropped out before filming.",
        "Tobias Wrenfield was cast as Jory Palin in March and later left the project.",
        "Tobias Wrenfield was confirmed as Jory Palin, but exited in the summer.",
    ):
        found = facts(sentence, "The shoot begins in the autumn.")
        assert ("Tobias Wrenfield", "Jory Palin") in former_pairs(found), sentence


def test_another_actor_dropping_out_leaves_the_casting_current() -> None:
    found = facts("Tobias Wrenfield was cast as Jory Palin, and Ona Brisk dropped out.")
    assert ("Tobias Wrenfield", "Jory Palin") not in former_pairs(found)


def test_an_organisation_with_its_abbreviation_is_no_casting() -> None:
    for sentence in (
        "On Monday, Polish Public Television (TVP) started filming Lato, a family drama.",
        "Radio Lumen Nord (RLN) has commissioned Mosty, an eight-part thriller.",
        "The series comes from Česká Filmová Společnost (ČFS), which also made Prameny.",
    ):
        assert not served_pairs(facts(sentence, "The shoot runs until spring.")), sentence
