"""A premiere's guest list told by the works its guests are known for, on invented text:
"Guests included Tin Lane star Kai Lund and Grey Glimmer's Ada Vale" owns Ada Vale by her work, so
no casting; "Ada Vale's Mira Holt" in a review's sentence still names her part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "The cast of Brannock Tide walked the red carpet in Whitby on Tuesday night."


def test_a_guest_owned_after_a_works_star_is_no_part() -> None:
    found = facts(
        _LEDE,
        "Petra Lisle, who plays Mags Orrin, arrives with her family.",
        "Other guests included Harbour Lights star Corin Vallis and Salt Harbour's Annet Pryor.",
        title="In pictures: the Brannock Tide premiere",
    )
    assert ("Petra Lisle", "Mags Orrin") in served_pairs(found)
    assert not any("Annet Pryor" in pair for pair in pairs(found)), pairs(found)


def test_a_part_owned_by_its_actor_is_still_read() -> None:
    found = facts(
        _LEDE,
        "Petra Lisle, who plays Mags Orrin, arrives with her family.",
        "On screen, Corin Vallis's Tam Orrin gets the best lines.",
        title="In pictures: the Brannock Tide premiere",
    )
    assert ("Corin Vallis", "Tam Orrin") in served_pairs(found), pairs(found)
