"""A part followed by its own clause ("plays Mira Holt, who ...") stays a part, and a part
named after who it is to another ("X is Tom's formidable aunt, Juno") is a casting."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def test_a_part_with_a_who_clause_after_plays_is_still_the_part() -> None:
    found = facts(
        "Filming has begun on Cold Quay, a new four-part thriller.",
        "Anwen Hartigan plays Rhian Dyer, who inherits a failing boatyard on the Clyde.",
    )
    assert pairs(found) == {("Anwen Hartigan", "Rhian Dyer")}
    found = facts(
        "Filming has begun on Cold Quay, a new four-part thriller.",
        "Tariq Osei-Mensah stars as Colm Faraday, who runs the harbour pub, opposite newcomer "
        "Lotte Brask.",
    )
    assert ("Tariq Osei-Mensah", "Colm Faraday") in pairs(found)


def test_a_part_named_after_its_relation_to_another_part() -> None:
    found = facts(
        "Filming has begun on Cold Quay, a new four-part thriller.",
        "Anwen Hartigan plays Rhian Dyer, and Irish stage veteran Bríd Ó Ceallaigh is Rhian's "
        "sharp-tongued grandmother, Nuala.",
    )
    assert pairs(found) == {("Anwen Hartigan", "Rhian Dyer"), ("Bríd Ó Ceallaigh", "Nuala")}
    found = facts(
        "The cast of Cold Quay was announced on Friday.",
        "Mads Kjeldsen is Colm's older brother, Anders; Pia Rautio is his wife, Kirsi.",
    )
    assert ("Mads Kjeldsen", "Anders") in pairs(found)


def test_an_office_after_a_possessive_names_no_part() -> None:
    found = facts(
        "Filming has begun on Cold Quay, a new four-part thriller.",
        "Gwen Talfryn is Channel 4's head of drama, Nia Roberts said.",
    )
    assert pairs(found) == set()
