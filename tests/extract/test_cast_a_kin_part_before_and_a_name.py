"""A part told as someone's kin, then "and" and the next actor ("with X as Tom's aunt and Y as
Z"): "and" before a capital joins the next casting, it describes no part, so Y is no part of
X's and Y's own part is still read; "and" inside a description ("Tom's friend and confidante
Mira") stays part of it. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_the_next_actor_after_a_kin_part_is_cast_in_turn() -> None:
    found = facts(
        "The Lark Estate returns on Sunday with Bryn Allard in the lead, with Cora Penhale as "
        "Tom's aunt and Esme Radcliffe as Winnie Drover.",
        title="The Lark Estate: first look at the new series",
    )
    pairs = served_pairs(found)
    assert ("Esme Radcliffe", "Winnie Drover") in pairs, pairs
    assert all(part != "Esme Radcliffe" for _, part in pairs), pairs


def test_and_inside_a_description_still_leads_to_the_part() -> None:
    found = facts(
        "In The Lark Estate, Cora Penhale plays Tom's friend and confidante Mira Holt.",
        title="The Lark Estate: first look at the new series",
    )
    assert ("Cora Penhale", "Mira Holt") in served_pairs(found)
