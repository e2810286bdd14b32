""" "Cast as Mira at 17, Vale spent ...": a sentence fronted with "Cast as" and the part has its
actor as the subject after the comma; a part "in" another named work is not read."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Saltmarrow star Tamsin Roke on the last series"
_LEDE = "Tamsin Roke has spent five years on Saltmarrow, which ends on Sunday."


def test_fronted_cast_with_an_age_names_the_subject() -> None:
    found = facts(
        _LEDE,
        "Cast as Nan Orde at 19, Roke learned to steer a ferry before the first read-through.",
        title=_TITLE,
    )
    assert ("Tamsin Roke", "Nan Orde") in served_pairs(found)


def test_fronted_cast_with_a_description_names_the_subject() -> None:
    found = facts(
        _LEDE,
        "Cast as Nan Orde, the ferrywoman who never leaves the quay, Roke became a household name.",
        title=_TITLE,
    )
    assert ("Tamsin Roke", "Nan Orde") in served_pairs(found)


def test_fronted_cast_in_another_work_is_not_read() -> None:
    found = facts(
        _LEDE,
        "Cast as Wenna in Brine after one audition, Roke moved to Cornwall for a year.",
        title=_TITLE,
    )
    assert ("Tamsin Roke", "Wenna") not in served_pairs(found)


def test_an_honour_fronted_with_chosen_as_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Chosen as Head Girl at her school, Roke learned to speak in public early.",
        title=_TITLE,
    )
    assert not any(
        actor == "Tamsin Roke" and part == "Head Girl" for actor, part in served_pairs(found)
    )
