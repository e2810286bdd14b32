"""A part written in full with its rank ("as DS Tamsin Varcoe") and later by its first name
("Tamsin (Corvallan)") is one casting: the ranked form is served, not a second, bare one."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def test_the_bare_twin_of_a_ranked_part_is_dropped() -> None:
    found = served_pairs(
        facts(
            "First look at the coastal thriller Salt Flats Road.",
            "Image 1 of 3: Wenna Corvallan as DS Tamsin Varcoe, a detective sent north.",
            "Image 2 of 3: Tamsin (Corvallan) and her partner DC Piran Dunstan (Wilf Ambrose) "
            "walk the harbour.",
            title="Salt Flats Road: first look",
        )
    )
    assert ("Wenna Corvallan", "DS Tamsin Varcoe") in found
    assert ("Wenna Corvallan", "Tamsin Varcoe") not in found
