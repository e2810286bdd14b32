"""A forum post's edit that owns up to a cast list it got wrong: "EDIT: I had A down as P and B
as Q - it's the other way round", or "EDIT 3: Fixed the cast list. I had A down as P for a
while. Sorry, A.". The entries it admits to are not castings, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs


def _thread(cast_list: str, edit: str) -> set[tuple[str, str]]:
    """The castings of a trailer megathread whose cast list an edit below corrects."""
    return pairs(
        facts(
            "Marshlight trailer megathread.",
            "Posted by u/quay_mod. The trailer is out.",
            cast_list,
            edit,
            title="Marshlight: trailer discussion",
        )
    )


def test_an_edit_that_swaps_two_castings_withdraws_the_ones_it_had() -> None:
    for edit in (
        "EDIT 2: Fixed the cast list above. I had Oren Vale down as Mira and Ada Pell as Juno – "
        "it’s the other way round. Sorry, both of you.",
        "EDIT: Cast list fixed – I’d put Oren Vale down as Mira and Ada Pell as Juno, it's the "
        "other way around. My mistake.",
        "Update: I had Oren Vale listed as Mira and Ada Pell as Juno; it is the other way round.",
    ):
        found = _thread("Cast: Ada Pell (Mira), Oren Vale (Juno) and Bea Lund (Tamsin).", edit)
        assert ("Ada Pell", "Mira") in found
        assert ("Oren Vale", "Juno") in found
        assert ("Oren Vale", "Mira") not in found
        assert ("Ada Pell", "Juno") not in found


def test_an_edit_fixing_the_cast_list_withdraws_the_entry_it_had() -> None:
    for edit in (
        "EDIT 3: Fixed the cast list. I had Oren Vale down as Tamsin for about an hour. Sorry, "
        "Oren. Sorry, Bea.",
        "EDIT: Cast list fixed. I’d put Oren Vale down as Tamsin at first, sorry all.",
        "Update: corrected the cast list – I had Oren Vale listed as Tamsin for a bit.",
    ):
        found = _thread("Returning: Ada Pell (Mira), Oren Vale (Juno) and Bea Lund (Tamsin).", edit)
        assert ("Oren Vale", "Juno") in found
        assert ("Bea Lund", "Tamsin") in found
        assert ("Oren Vale", "Tamsin") not in found


def test_had_down_as_outside_an_owned_up_mistake_is_left_alone() -> None:
    found = pairs(
        facts(
            "Marshlight casts its lead.",
            "Ada Pell has been cast as Mira in Marshlight, the producers said.",
            "“I had her down as Mira from the first read,” said the casting director.",
            title="Marshlight casts Ada Pell",
        )
    )
    assert ("Ada Pell", "Mira") in found
