"""A forum post's edit that owns up to a cast list it got wrong ("EDIT: I had A down as P and B
as Q - it's the other way round"): the castings it admits to are not news, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LIST = "Cast: Ada Pell (Mira), Oren Vale (Juno) and Bea Lund (Tamsin)."


def test_an_edit_that_swaps_two_castings_withdraws_the_ones_it_had() -> None:
    for edit in (
        "EDIT 2: Fixed the cast list above. I had Oren Vale down as Mira and Ada Pell as Juno – "
        "it’s the other way round. Sorry, both of you.",
        "EDIT: Cast list fixed – I’d put Oren Vale down as Mira and Ada Pell as Juno, it's the "
        "other way around. My mistake.",
        "Update: I had Oren Vale listed as Mira and Ada Pell as Juno; it is the other way round.",
    ):
        found = pairs(
            facts(
                "Harbour Lights trailer megathread.",
                "Posted by u/quay_mod. The trailer is out.",
                _LIST,
                edit,
                title="Harbour Lights: trailer discussion",
            )
        )
        assert ("Ada Pell", "Mira") in found
        assert ("Oren Vale", "Juno") in found
        assert ("Oren Vale", "Mira") not in found
        assert ("Ada Pell", "Juno") not in found


def test_had_down_as_outside_an_owned_up_mistake_is_left_alone() -> None:
    found = pairs(
        facts(
            "Harbour Lights casts its lead.",
            "Ada Pell has been cast as Mira in Harbour Lights, the producers said.",
            "“I had her down as Mira from the first read,” said the casting director.",
            title="Harbour Lights casts Ada Pell",
        )
    )
    assert ("Ada Pell", "Mira") in found
