"""A surname with an earlier work in brackets, then "will play": the bracket is no part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

LEDE = "The BBC has greenlit Rain Hollow, a thriller, with Ada Penn and Tom Reel attached to star."


def test_a_surname_with_a_bracketed_work_before_will_play() -> None:
    found = facts(LEDE, "Penn (Coldwater) will play DS Kay Lark, a detective sent home.")
    assert ("Ada Penn", "Coldwater") not in pairs(found)
    assert ("Ada Penn", "DS Kay Lark") in pairs(found)


def test_a_surname_with_a_bracketed_work_before_is_set_to_play() -> None:
    found = facts(LEDE, "Reel (Brightwater) is set to play Father Dan Ashe, the parish priest.")
    assert ("Tom Reel", "Brightwater") not in pairs(found)
    assert ("Tom Reel", "Father Dan Ashe") in pairs(found)


def test_a_part_with_its_actor_in_brackets_stays_a_pair() -> None:
    found = facts(LEDE, "Kay (Ada Penn) plays a long game against the priest.")
    assert ("Ada Penn", "Kay") in pairs(found)
