"""A live blog's correction withdraws what an earlier version of the entry said: "An earlier
version of this entry said X plays Y" serves no X as Y."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_an_earlier_version_of_this_entry_is_withdrawn() -> None:
    found = served_pairs(
        facts(
            "Live: the stars of Harrow Lane arrive for the premiere in Leeds.",
            "CORRECTION: An earlier version of this entry said Bram Okafor-Lind plays the "
            "landlord Silas Penhale. He plays Teddy Voss; Silas is played by Ivo Castellane. "
            "We apologise for the error.",
        )
    )
    assert ("Bram Okafor-Lind", "Silas Penhale") not in found


def test_an_earlier_version_of_this_update_is_withdrawn() -> None:
    found = served_pairs(
        facts(
            "Live: the Harrow Lane cast on the red carpet.",
            "Correction: an earlier version of this update said Rosalind Achterberg plays Mina "
            "Cole; in fact she plays Judith Cole.",
        )
    )
    assert ("Rosalind Achterberg", "Mina Cole") not in found
