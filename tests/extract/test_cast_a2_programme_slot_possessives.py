"""A maker's possessive set beside a festival slot ("the closing gala, X's Y") owns a work, not
a part, on invented text; the same possessive in a scene still names the actor's part."""

from __future__ import annotations

from tests.extract.helpers import TIN_VEIN_LEDE, facts, served_pairs


def test_a_slot_in_apposition_owns_a_work() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_LEDE, "Next on the programme: the opening gala, Perran Hocking’s Bright Tide."
        )
    )
    assert ("Perran Hocking", "Bright Tide") not in found, found


def test_tonights_screening_in_apposition_owns_a_work() -> None:
    found = served_pairs(
        facts(
            TIN_VEIN_LEDE, "Queues formed early for tonight's screening, Lowena Carne's Salt Kiln."
        )
    )
    assert ("Lowena Carne", "Salt Kiln") not in found, found


def test_a_possessive_part_in_a_scene_is_still_read() -> None:
    found = served_pairs(
        facts(TIN_VEIN_LEDE, "In the second episode, Perran Hocking's Jory gets the best line.")
    )
    assert ("Perran Hocking", "Jory") in found, found
