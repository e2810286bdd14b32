"""Paired parts of one family, a leaver who "will not return", and a glossed part cut out of a
name, on invented sentences (none of the corpus's names)."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, pairs


def test_kin_parts_after_a_comma_pair_in_order_with_the_shared_surname() -> None:
    found = facts("Newcomers Orla Pennick and Sade Akin play the sisters, Bryony and Wynn Halse.")
    assert pairs(found) == {("Orla Pennick", "Bryony Halse"), ("Sade Akin", "Wynn Halse")}


def test_twins_without_a_comma_share_the_surname_too() -> None:
    found = facts("Jem Rooke and Tobiah Marr will play twin brothers Ansel and Piet Dorran.")
    assert pairs(found) == {("Jem Rooke", "Ansel Dorran"), ("Tobiah Marr", "Piet Dorran")}


def test_parts_without_a_kin_noun_keep_their_names_as_written() -> None:
    found = facts("Jem Rooke and Tobiah Marr play Ansel and Piet Dorran in the film.")
    assert pairs(found) == {("Jem Rooke", "Ansel"), ("Tobiah Marr", "Piet Dorran")}


def test_relative_clause_actor_who_will_not_return_is_former() -> None:
    found = facts(
        "Hollis Grane, who has played surgeon Dr Petra Lund since the series began, will not "
        "return for the new run."
    )
    assert [(c.actor, c.character, c.status) for c in found.cast] == [
        ("Hollis Grane", "Dr Petra Lund", CastStatus.FORMER)
    ]


def test_wont_be_returning_is_former_too() -> None:
    found = facts("Maddox Fell, who plays Inspector Ruth Cale, won't be returning next year.")
    assert [(c.character, c.status) for c in found.cast] == [
        ("Inspector Ruth Cale", CastStatus.FORMER)
    ]


def test_glossed_part_read_from_inside_a_name_says_nothing() -> None:
    found = facts("Tom spends the summer with Juno Starling (a luminous Avery Quint), a lodger.")
    assert ("Avery Quint", "Starling") not in pairs(found)
    found = facts("She shares a flat with Basil Ormond (an exasperated Lior Benn) in Leeds.")
    assert ("Lior Benn", "Ormond") not in pairs(found)
