"""A takeover "after the original actor, Z, dropped out" (or "after original star Z quit")
makes Z a former actor of the part, as "after Z dropped out" does."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs


def test_after_the_original_actor_named_in_commas_dropped_out() -> None:
    found = facts(
        "Quarry Lane set visit.",
        "The newest face is Soren Halvorsen, who took over the part of Father Ambrose Tully in "
        "May after the original actor, Lucan Petrovic, withdrew.",
    )
    assert ("Lucan Petrovic", "Father Ambrose Tully") in former_pairs(found)


def test_after_original_star_quit() -> None:
    found = facts(
        "Quarry Lane casting change.",
        "Greta Lindqvist-Moor took over the role of Nurse Patience Gale after original star "
        "Imelda Croft quit.",
    )
    assert ("Imelda Croft", "Nurse Patience Gale") in former_pairs(found)
