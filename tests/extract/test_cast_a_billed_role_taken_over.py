"""A takeover of a part billed "the lead role of" (a trade exclusive's recast), on invented
text: the leaver named after "from" is the part's former actor."""

from __future__ import annotations

from tests.extract.helpers import facts, former_pairs, served_pairs

_LEDE = "Perrin Stabb will lead Streamly’s rural thriller The Sallow Acre."


def test_the_leaver_of_a_lead_role_taken_over_is_former() -> None:
    found = facts(
        _LEDE,
        "Stabb takes over the lead role of widowed farmer Ysolde Marrack from Cadoc Vell, whose"
        " casting was announced in January.",
    )
    assert ("Perrin Stabb", "Ysolde Marrack") in served_pairs(found), found.cast
    assert ("Cadoc Vell", "Ysolde Marrack") in former_pairs(found), found.cast
