""" "a school production ..., with A as P": the school's staging has its own cast, not ours."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_school_production_cast_is_not_ours() -> None:
    found = facts(
        "Quillmere Lane returns next spring. Yselda Marrow plays Sabeline Vortrey.",
        "The story has never been staged professionally, but a school production in Hull last"
        " year, with 15-year-old Cassia Dunleath as Sabeline, went viral.",
        title="Everything we know about Quillmere Lane",
    )
    assert ("Cassia Dunleath", "Sabeline") not in pairs(found)
    assert ("Cassia Dunleath", "Sabeline Vortrey") not in pairs(found)
    assert ("Yselda Marrow", "Sabeline Vortrey") in served_pairs(found)
