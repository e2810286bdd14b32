"""A sentence-case job noun before an actor ("Co-star X, who plays Y"), the second of a
possessive pair ("X's A and Y's B get ..."), an owned part "getting" something, parts paired as
an aside ("X and Y, as A and B, are ...") and a casting in a clause of time ("X was 17 when she
was cast as Y")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_sentence_case_co_star_is_no_part_of_the_actor_name() -> None:
    found = facts(
        "Filming on Gull Tide wrapped this week.",
        "Co-star Saffy Treloar, who plays Wenna Lamorna, commented under the post.",
    )
    assert served_pairs(found) == {("Saffy Treloar", "Wenna Lamorna")}


def test_the_second_of_a_possessive_pair_with_a_plural_verb() -> None:
    found = facts(
        "Gull Tide is a warm goodbye.",
        "Saffy Treloar’s Wenna and Orla Marrack’s Jowenna get a subplot of their own.",
    )
    assert served_pairs(found) == {("Saffy Treloar", "Wenna"), ("Orla Marrack", "Jowenna")}


def test_a_plural_verb_after_a_single_possessive_reads_nothing() -> None:
    found = facts(
        "Gull Tide is a warm goodbye.",
        "Critics of Saffy Treloar’s Wenna get short shrift here.",
    )
    assert served_pairs(found) == set()


def test_an_owned_part_getting_a_storyline() -> None:
    found = facts(
        "The Gull Tide trailer is out.",
        "Fans will be pleased to see Saffy Treloar’s Wenna Lamorna getting a storyline.",
    )
    assert served_pairs(found) == {("Saffy Treloar", "Wenna Lamorna")}


def test_parts_paired_as_an_aside_between_commas() -> None:
    found = facts(
        "Gull Tide is a warm goodbye.",
        "Saffy Treloar and Orla Marrack, as Wenna and Jowenna, are given little to do.",
    )
    assert served_pairs(found) == {("Saffy Treloar", "Wenna"), ("Orla Marrack", "Jowenna")}


def test_an_aside_of_places_is_no_pair_of_parts() -> None:
    found = facts(
        "Gull Tide is a warm goodbye.",
        "Saffy Treloar and Orla Marrack, as Carnwyth and Tregolva natives, bonded early.",
    )
    assert served_pairs(found) == set()


def test_cast_as_in_a_clause_of_time() -> None:
    found = facts(
        "Saffy Treloar was 17 when she was cast as Wenna Lamorna, the harbourmaster's daughter.",
        "Two years later, Gull Tide is a hit.",
    )
    assert served_pairs(found) == {("Saffy Treloar", "Wenna Lamorna")}


def test_a_part_in_another_production_in_a_clause_of_time_is_not_read() -> None:
    found = facts(
        "Saffy Treloar was 12 when she was cast as Wenna Lamorna in a touring production.",
        "Now she leads Gull Tide.",
    )
    assert served_pairs(found) == set()


def test_someone_else_cast_in_the_clause_of_time_is_not_read() -> None:
    found = facts(
        "Saffy Treloar was 12 when her sister was cast as Wenna Lamorna.",
        "Now she leads Gull Tide.",
    )
    assert served_pairs(found) == set()
