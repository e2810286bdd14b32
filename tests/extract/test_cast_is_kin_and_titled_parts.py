"""A run of castings ending one with "is" and the part after kin or an honorific: "Odile
Brisk is his daughter Senna", "veteran Halla Dunmore is Mrs Prothick"."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_is_his_daughter_beside_plays() -> None:
    found = facts(
        "Skarrowmere, a six-part drama, begins on Sunday.",
        "Teodor Vesk plays Bram Ulling, a lighthouse keeper. Odile Brisk is his daughter Senna,"
        " back from the city.",
        title="Where to watch Skarrowmere",
    )
    assert ("Odile Brisk", "Senna") in served_pairs(found)


def test_is_an_honorific_part_beside_plays() -> None:
    found = facts(
        "Skarrowmere, a six-part drama, begins on Sunday.",
        "Teodor Vesk plays the warden, Bram Ulling, and veteran Halla Dunmore is Mrs Prothick.",
        title="Where to watch Skarrowmere",
    )
    assert ("Halla Dunmore", "Mrs Prothick") in served_pairs(found)


def test_real_kin_without_a_casting_is_no_part() -> None:
    found = facts(
        "Skarrowmere, a six-part drama, begins on Sunday.",
        "Teodor Vesk arrived at the screening early. Odile Brisk is his daughter Senna's agent.",
        "Beside him on the carpet, Odile Brisk is his daughter Senna.",
        title="Skarrowmere premiere",
    )
    assert not any(actor == "Odile Brisk" for actor, _ in pairs(found))
