"""A part written in full with its rank ("as DS Tamsin Varcoe") and later by its first name
("Tamsin (Carthew)") is one casting: the ranked form is served, not a second, bare one."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_the_bare_twin_of_a_ranked_part_is_dropped() -> None:
    found = served_pairs(
        facts(
            "First look at the coastal thriller Salt Flats Road.",
            "Image 1 of 3: Wenna Carthew as DS Tamsin Varcoe, a detective sent north.",
            "Image 2 of 3: Tamsin (Carthew) and her partner DC Piran Dunstan (Wilf Ambrose) "
            "walk the harbour.",
            title="Salt Flats Road: first look",
        )
    )
    assert ("Wenna Carthew", "DS Tamsin Varcoe") in found
    assert ("Wenna Carthew", "Tamsin Varcoe") not in found
