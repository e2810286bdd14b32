"""An "Its" sentence after another work told by its kind before its title is that work's: "the
crime drama T, starring X, will launch ... Its creator, Y, said" (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _crew(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts("Quillon Marsh, the new film, was the talk of the fan event.", *paragraphs)
    return {(c.role.value, c.name) for c in found.crew if c.served}


def test_its_creator_after_a_kind_fronted_work_is_that_works() -> None:
    crew = _crew(
        "A quick one: the crime drama The Gorse Lantern, starring Ivo Starkwell as Inspector"
        " Tam Reid, will launch on 8 May. Its creator, Saffi Kettering, said the series had"
        " been years in the making."
    )
    assert ("creator", "Saffi Kettering") not in crew
