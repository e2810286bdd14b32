"""Parts listed, then their actors after a comma, pair in order ("the story of Ada and Tom,
played by Vale and Marsh"); "is now being played by" is a casting like "is now played by"."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_parts_then_played_by_after_a_comma_pair_in_order() -> None:
    found = facts(
        "Harbour Lights wraps its final season.",
        "The last episodes close the story of Wren Tally and Odile Marsh, played by Casimir "
        "Okoro and Petra Lund, which began as a radio serial.",
    )
    served = served_pairs(found)
    assert ("Casimir Okoro", "Wren Tally") in served
    assert ("Petra Lund", "Odile Marsh") in served
    assert ("Casimir Okoro", "Odile Marsh") not in served


def test_first_names_then_played_by_pair_in_order() -> None:
    found = facts(
        "A sequel to Harbour Lights is on its way.",
        "It follows the twins Bram and Ilse, played by Jody Franks and Marit Osei.",
    )
    served = served_pairs(found)
    assert {("Jody Franks", "Bram"), ("Marit Osei", "Ilse")} <= served
    assert ("Jody Franks", "Ilse") not in served


def test_role_now_being_played_by_is_a_casting() -> None:
    found = facts(
        "Harbour Lights has a new face.",
        "The role of Sister Agnes Penn (Wren's mentor) is now being played by Lotte Varga, "
        "replacing Hanne Sturm.",
    )
    assert ("Lotte Varga", "Sister Agnes Penn") in served_pairs(found)


def test_part_currently_being_played_by_is_a_casting() -> None:
    found = facts(
        "Harbour Lights update.",
        "Captain Rolf Dane is currently being played by Ezra Nwosu after the first choice left.",
    )
    assert ("Ezra Nwosu", "Captain Rolf Dane") in served_pairs(found)
