"""A first name with the full name in a pair of dashes after it ("Rob – Robert Ilsley, who plays
Fenn – is ...") is one person named twice, not a cast list's "part – actor" line: the full name's
own "who plays" clause names the part."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_first_name_before_its_full_name_in_dashes_is_no_part() -> None:
    found = facts(
        "Marisol Vantrell talks to us about the new series of Copper Bay.",
        "Q: Who do you lean on? A: Rob and I talk every day. Rob – Robert Ilsley, who plays "
        "Fenn – is the kindest man alive.",
        "Fenn Doyle and Ivy Lorne are back together this series.",
    )
    assert ("Robert Ilsley", "Rob") not in pairs(found)
    assert ("Robert Ilsley", "Fenn Doyle") in served_pairs(found)


def test_em_dashes_and_a_described_part() -> None:
    found = facts(
        "Filming has wrapped on Copper Bay, the coastal drama.",
        "Mags — Margit Sorensen, who plays Ivy's mother — has been a rock on set.",
        "Jo – Joanna Pell, who plays Wren Hale – was there every single day.",
    )
    assert ("Margit Sorensen", "Mags") not in pairs(found)
    assert ("Joanna Pell", "Jo") not in pairs(found)
    assert ("Joanna Pell", "Wren Hale") in served_pairs(found)


def test_a_cast_list_line_with_a_description_is_still_read() -> None:
    found = facts(
        "The cast of Copper Bay, the coastal drama:",
        "Fenn Doyle – Robert Ilsley, a fisherman who plays by his own rules",
        "Wren Hale – Joanna Pell, who runs the harbour café",
    )
    assert ("Robert Ilsley", "Fenn Doyle") in served_pairs(found)
    assert ("Joanna Pell", "Wren Hale") in served_pairs(found)
