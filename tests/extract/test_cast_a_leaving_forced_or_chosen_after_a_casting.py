"""A casting whose actor then had to leave, or chose to ("X was originally playing P and had
to step away", "X was cast as P but decided to withdraw"), on invented text: the casting is
former; a casting followed by some other thing the actor had to do stays current."""

from __future__ import annotations

from bot.facts import CastStatus
from tests.extract.helpers import facts, served_statuses

LEDE = "Streamly has unveiled the full cast of Tin Vein, its six-part drama set in a Cornish mine."
CAST = "Cadoc Vell plays Tom Penrose, and Ffion Dray plays his sister Nell."


def test_a_casting_the_actor_had_to_step_away_from_is_former() -> None:
    found = served_statuses(
        facts(
            LEDE,
            CAST,
            "Odile Marsh was originally playing Nell and had to step away after an injury, the"
            " producers said.",
        )
    )
    assert found.get(("Odile Marsh", "Nell")) is CastStatus.FORMER, found
    assert found.get(("Ffion Dray", "Nell")) is CastStatus.CURRENT, found


def test_a_casting_the_actor_chose_to_leave_is_former() -> None:
    found = served_statuses(
        facts(
            LEDE,
            CAST,
            "Odile Marsh was cast as Nell in spring but opted to pull out before the read-through.",
        )
    )
    assert found.get(("Odile Marsh", "Nell")) is CastStatus.FORMER, found


def test_another_thing_the_actor_had_to_do_keeps_the_casting() -> None:
    found = served_statuses(
        facts(LEDE, "Odile Marsh plays Nell and had to learn to drive a tractor for the shoot.")
    )
    assert found.get(("Odile Marsh", "Nell")) is CastStatus.CURRENT, found
