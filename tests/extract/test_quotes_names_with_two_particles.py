"""A name with two particles ("Pieter van der Vos") is one name: a trailing "said Lantern’s head of
sales, Pieter van der Vos" credits him, never the company named before."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Sales agent Lantern Reach International will take Dry Orchard to buyers in Cannes."


def test_a_name_with_two_particles_after_a_companys_role_speaks() -> None:
    found = facts(
        _LEDE,
        "“There is real hunger for Welsh horror,” said Lantern’s head of sales, "
        "Pieter van der Vos.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("There is r", "Pieter van der Vos")], speakers


def test_a_name_with_one_particle_still_speaks() -> None:
    found = facts(
        _LEDE,
        "“There is real hunger for Welsh horror,” said Lantern’s head of sales, Pieter de Vos.",
    )
    speakers = [(q.text[:10], q.speaker) for q in found.quotes if q.served]
    assert speakers == [("There is r", "Pieter de Vos")], speakers
