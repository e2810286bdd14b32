"""A second casting with its verb carried over from a "played by" clause."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_part_then_by_after_played_by_is_a_casting() -> None:
    found = facts(
        "Dunmore Road follows two paramedics on the night shift.",
        "Leah is played by Carys Ap Dafydd, a graduate of RADA; Joe by Femi Lawal-Hart.",
    )
    assert pairs(found) == {("Carys Ap Dafydd", "Leah"), ("Femi Lawal-Hart", "Joe")}
    found = facts(
        "Dunmore Road follows two paramedics on the night shift.",
        "Ines Mora is played by Sunniva Holt and her partner Bram by Ode Falk, who joins from "
        "the stage.",
    )
    assert ("Sunniva Holt", "Ines Mora") in pairs(found)


def test_a_by_credit_after_played_by_names_no_part() -> None:
    found = facts(
        "Dunmore Road follows two paramedics on the night shift.",
        "Leah is played by Carys Ap Dafydd; the series is directed by Femi Lawal-Hart.",
    )
    assert pairs(found) == {("Carys Ap Dafydd", "Leah")}
