"""In a run of castings, "X is his sister Y" casts X as Y; outside one it states no part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_relation_by_pronoun_after_a_casting_is_a_part() -> None:
    found = facts(
        "Copper Bay opens in May. Cedric Ames plays Abel Finch, a diver who comes home, and "
        "Priya Denholm is his sister Odile, who never left.",
        "Maud Ferrers portrays Hester Lamb; Nadia Crowe is her younger cousin Rhea.",
    )
    assert ("Priya Denholm", "Odile") in pairs(found)
    assert ("Nadia Crowe", "Rhea") in pairs(found)


def test_a_relation_by_pronoun_with_no_casting_before_is_no_part() -> None:
    found = facts(
        "Copper Bay's director Cedric Ames hired family. Priya Denholm is his sister Odile, a "
        "set painter by trade.",
    )
    assert ("Priya Denholm", "Odile") not in pairs(found)
