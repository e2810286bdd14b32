"""A part told "as X in <Title> on Broadway" (or "in the West End") is a stage run of another
work, whatever the name before it: never a casting of the screen work. A part told in the work
without a theatre district is kept. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "The Brannoch film has started shooting, the studio said on Monday."


def test_a_part_in_a_named_show_on_broadway_is_not_a_part_of_the_work() -> None:
    found = facts(
        _LEDE,
        "Wenna Roscarrow, who plays Tamsin Quell, has had a full year, trading Copperfield "
        "Academy for a pirate's hat as Silas in Gullwing Bay on Broadway.",
    )
    served = served_pairs(found)
    assert not any(part == "Silas" for _, part in served)
    assert ("Wenna Roscarrow", "Tamsin Quell") in served


def test_a_part_in_a_named_show_in_the_west_end_is_not_a_part_of_the_work() -> None:
    found = facts(
        _LEDE,
        "Perrin Mawle stars as Lowry Dunmarsh in Copper Kettle in the West End this summer.",
    )
    assert ("Perrin Mawle", "Lowry Dunmarsh") not in served_pairs(found)


def test_a_part_in_the_work_itself_is_kept() -> None:
    found = facts(
        _LEDE,
        "Perrin Mawle stars as Lowry Dunmarsh in Brannoch this winter.",
    )
    assert ("Perrin Mawle", "Lowry Dunmarsh") in served_pairs(found)
