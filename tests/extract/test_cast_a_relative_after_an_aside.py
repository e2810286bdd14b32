"""A "who plays" clause after an aside set off by commas ("X, of course, who plays P"), on
invented text: the aside stands between the actor and the clause, as an age does; a clause
on something else after the same aside casts no one."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_RETURNS_LEDE, facts, served_pairs


def test_of_course_before_who_plays() -> None:
    found = served_pairs(
        facts(TIN_VEIN_RETURNS_LEDE, "Then there is Hollis Quarne, of course, who plays Edwin.")
    )
    assert ("Hollis Quarne", "Edwin") in found, found


def test_meanwhile_before_who_plays() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            "Wenna Trask, meanwhile, who plays Morwen Pascoe, spoke to the crowd.",
        )
    )
    assert ("Wenna Trask", "Morwen Pascoe") in found, found


def test_a_clause_on_something_else_casts_no_one() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_RETURNS_LEDE,
            "Then there is Hollis Quarne, of course, who loves Edwin Tallis's cafe.",
        )
    )
    assert not any(actor == "Hollis Quarne" for actor, _ in found), found
