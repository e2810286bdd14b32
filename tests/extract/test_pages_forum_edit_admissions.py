"""A forum post's edit that fixes its cast list and owns up to one wrong entry ("EDIT 3: Fixed
the cast list. I had A down as P for a while. Sorry, A."): the entry it admits to is not a
casting, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LIST = "Returning: Ada Pell (Mira), Oren Vale (Juno) and Bea Lund (Tamsin)."


def test_an_edit_fixing_the_cast_list_withdraws_the_entry_it_had() -> None:
    for edit in (
        "EDIT 3: Fixed the cast list. I had Oren Vale down as Tamsin for about an hour. Sorry, "
        "Oren. Sorry, Bea.",
        "EDIT: Cast list fixed. I’d put Oren Vale down as Tamsin at first, sorry all.",
        "Update: corrected the cast list – I had Oren Vale listed as Tamsin for a bit.",
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
        assert ("Oren Vale", "Juno") in found
        assert ("Bea Lund", "Tamsin") in found
        assert ("Oren Vale", "Tamsin") not in found
