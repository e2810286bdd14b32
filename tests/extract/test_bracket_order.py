"""Bracketed cast pairs of two full names: "Actor (Part)" or "Part (Actor)" is settled by what
the article shows, and a pair nothing settles is held, never guessed."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs
from tests.extract.helpers import held_pairs as held
from tests.extract.helpers import served_pairs as served


def test_a_starring_header_says_the_list_names_actors_first() -> None:
    found = facts(
        "Lumen Pictures today announced the cast of Quarry Lane.",
        "STARRING",
        "Petra Lindqvist (Hanne Vogt), Osman Reyes (Tomas Berg) and Ilse Marchetti (Rosa Berg).",
    )
    assert served(found) == {
        ("Petra Lindqvist", "Hanne Vogt"),
        ("Osman Reyes", "Tomas Berg"),
        ("Ilse Marchetti", "Rosa Berg"),
    }


def test_starring_before_an_inline_list_says_the_same() -> None:
    found = facts(
        "The six-part drama, starring Callum Adair (Joss Penhallow) and Maren Solvik "
        "(Edie Trask), arrives in the spring.",
    )
    assert served(found) == {("Callum Adair", "Joss Penhallow"), ("Maren Solvik", "Edie Trask")}


def test_one_settled_pair_settles_its_whole_list() -> None:
    found = facts(
        "The cast of Quarry Lane was revealed on Tuesday.",
        "Petra Lindqvist (Hanne Vogt), Osman Reyes (Dr Tomas Berg) and Ilse Marchetti "
        "(Rosa Berg) lead the ensemble.",
    )
    assert served(found) == {
        ("Petra Lindqvist", "Hanne Vogt"),
        ("Osman Reyes", "Dr Tomas Berg"),
        ("Ilse Marchetti", "Rosa Berg"),
    }


def test_a_person_named_by_surname_elsewhere_settles_the_list_part_first() -> None:
    found = facts(
        "The cast of Quarry Lane was revealed on Tuesday.",
        "Hanne Vogt (Petra Lindqvist), Tomas Berg (Osman Reyes) and Rosa Berg (Ilse Marchetti).",
        "Lindqvist said the script made her cry.",
    )
    assert served(found) == {
        ("Petra Lindqvist", "Hanne Vogt"),
        ("Osman Reyes", "Tomas Berg"),
        ("Ilse Marchetti", "Rosa Berg"),
    }


def test_a_bare_list_nothing_settles_is_held() -> None:
    found = facts(
        "The cast of Quarry Lane was revealed on Tuesday.",
        "Hanne Vogt (Petra Lindqvist), Tomas Berg (Osman Reyes) and Rosa Berg (Ilse Marchetti).",
    )
    assert not served(found)
    assert len(held(found)) == 3


def test_a_bracket_after_a_director_is_their_earlier_film() -> None:
    found = facts(
        "Idris Varga (Lanterns) returns to direct, with Ada Vale as Mira Holt.",
    )
    assert pairs(found) == {("Ada Vale", "Mira Holt")}
    found = facts(
        "Oona Blake (Harrowdale) is set to write the script; Tom Reed plays Joss.",
    )
    assert pairs(found) == {("Tom Reed", "Joss")}


def test_a_list_line_ending_in_who_the_part_is_is_no_other_work() -> None:
    found = facts(
        "New faces confirmed so far:",
        "- Ilse Marchetti – Rosa Berg, Tomas's older sister",
        "- Osman Reyes – Joss Penhallow, Hanne's lab partner in first year",
    )
    assert served(found) == {("Ilse Marchetti", "Rosa Berg"), ("Osman Reyes", "Joss Penhallow")}
