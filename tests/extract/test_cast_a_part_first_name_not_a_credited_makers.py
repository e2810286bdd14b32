"""A part given by its first name alone ("X as Wenna") is not filled out to the full name of a
maker the article credits ("an earlier film, directed by Wenna Quill"), on invented text: the
maker is a person, not the part; a full name the story gives the part still fills it."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Harrow Pictures today announced the cast of its new feature, The Salt Acre."


def test_a_credited_makers_name_does_not_fill_the_part() -> None:
    found = facts(
        _LEDE,
        "The Salt Acre stars Perrin Mawle as Wenna, a ferrywoman on the Fal, and Lowry Dunmarsh"
        " as her brother Tam.",
        "The studio’s last release, Cold Harbour (2022), directed by Wenna Quill, toured the"
        " festival circuit.",
    )
    served = served_pairs(found)
    assert ("Perrin Mawle", "Wenna") in served, found.cast
    assert ("Perrin Mawle", "Wenna Quill") not in served, found.cast


def test_the_parts_own_full_name_still_fills_it() -> None:
    found = facts(
        _LEDE,
        "The Salt Acre stars Perrin Mawle as Wenna, a ferrywoman on the Fal.",
        "Wenna Trevail has run the ferry for thirty years when the story opens.",
    )
    assert ("Perrin Mawle", "Wenna Trevail") in served_pairs(found), found.cast
