"""Capitals after "as the" that a lower-case noun follows ("as the Harbour Board inspector,
Wilf Penrose"), on invented text: they name a body or a place describing the part, so the part
is the name after the noun, and with no name there the casting is held, never served."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs

_LEDE = "Tamsin Orlo will lead Kellow Down, a wartime drama that shoots in Devon this spring."


def test_the_part_is_the_name_after_the_bodys_job() -> None:
    found = facts(
        _LEDE,
        "Orlo stars as a ferry pilot, with Hale Dunmore as the Harbour Board inspector, Wilf"
        " Penrose, and Ada Vell as the National Trust warden.",
    )
    assert ("Hale Dunmore", "Wilf Penrose") in served_pairs(found), found.cast
    assert ("Hale Dunmore", "Harbour Board") not in served_pairs(found), found.cast
    assert ("Ada Vell", "National Trust") in held_pairs(found), found.cast


def test_a_part_led_by_the_before_a_preposition_stays() -> None:
    found = served_pairs(
        facts(_LEDE, "Kit Amber plays the Countess opposite Orlo, and Bram Tey is the Duke again.")
    )
    assert ("Kit Amber", "the Countess") in found, found
