"""A title fronted with "In" and set off by its kind ("In Brine Hours, a BBC thriller from X,")
is another work when the article's own is named elsewhere: the casting after it is that work's."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_a_fronted_other_work_with_its_kind_gives_its_own_cast() -> None:
    found = facts(
        "Fenna Orlow says goodbye to Harwick Sands.",
        "The ending is Harwick Sands, the Netflix film in which she played Dai Orlow.",
        "Now she is the face of something else. In The Brine Hours, a six-part BBC One thriller "
        "from writer Bram Dulcey, Orlow plays Pell Vory, a night-shift paramedic.",
    )
    assert ("Fenna Orlow", "Pell Vory") not in served_pairs(found)


def test_a_fronted_title_without_its_kind_is_left_alone() -> None:
    found = facts(
        "Fenna Orlow says goodbye to Harwick Sands.",
        "In Harwick Sands, Orlow plays Pell Vory, a night-shift paramedic.",
    )
    assert ("Fenna Orlow", "Pell Vory") in served_pairs(found)
