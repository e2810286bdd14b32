"""An actor's possessive part as an object, followed by "under" or a "who" clause: "takes Ada
Vale's Mira Holt under his wing" names Vale's part as surely as "Ada Vale's Mira Holt gets ..."."""

from tests.extract.helpers import facts, served_pairs


def test_possessive_part_before_under_his_wing() -> None:
    found = facts(
        "In the film, the tutor Dafydd takes Petra Lund’s Rosa Kite under his wing at college."
    )
    assert ("Petra Lund", "Rosa Kite") in served_pairs(found)


def test_possessive_part_before_under_arrest() -> None:
    found = facts("The second episode opens with Petra Lund’s Rosa Kite under arrest.")
    assert ("Petra Lund", "Rosa Kite") in served_pairs(found)


def test_possessive_work_before_under_is_not_a_part() -> None:
    found = facts("The festival has director Petra Lund’s Rosa Kite under review.")
    assert not served_pairs(found)
