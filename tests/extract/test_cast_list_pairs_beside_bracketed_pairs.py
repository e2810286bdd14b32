"""A sentence with a list's pairs ("A and B are back as X and Y") and bracketed pairs elsewhere
("a glimpse of P and Q (C and D)"): both are read, each in its own order, so no actor is given
the other's part (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Tallowreach, the finale of the teen drama, opens on Friday."


def test_a_lists_pairs_and_bracketed_pairs_are_both_read() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Ada Vale and Kai Lund are back as Mira and Tom, and there is a brief glimpse of Pip"
            " and Wren (Ivo Sand and Nell Crane) at a wedding.",
        )
    )
    assert ("Ada Vale", "Mira") in found
    assert ("Kai Lund", "Tom") in found
    assert ("Kai Lund", "Mira") not in found
    assert ("Ivo Sand", "Pip") in found
    assert ("Nell Crane", "Wren") in found


def test_bracketed_pairs_alone_stay() -> None:
    found = served_pairs(
        facts(_LEDE, "There is a brief glimpse of Pip and Wren (Ivo Sand and Nell Crane).")
    )
    assert ("Ivo Sand", "Pip") in found
    assert ("Nell Crane", "Wren") in found
