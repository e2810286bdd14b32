"""A past part in another work stays out when that work's name holds an ampersand ("in the Moss
& Quill revival") or when a partner comes between the part and the work ("as Y opposite Z in
the W revival"); the article's own castings still stand."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_LEDE = "Dara Pellow has joined the cast of Lantern Bay as Ottoline Crane, the harbourmaster."
_TITLE = "Lantern Bay casts Dara Pellow"


def test_a_part_in_a_work_named_with_an_ampersand_is_that_works() -> None:
    found = facts(
        _LEDE,
        "Pellow played the role of Quill in the Moss & Quill revival at the Old Vic last spring.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Dara Pellow", "Ottoline Crane") in served
    assert ("Dara Pellow", "Quill") not in served


def test_a_partner_between_the_part_and_the_other_work() -> None:
    found = facts(
        _LEDE,
        "Pellow played the role of Quill opposite Hester Vaughan-Lake in the Moss revival at the "
        "Old Vic.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Dara Pellow", "Ottoline Crane") in served
    assert ("Dara Pellow", "Quill") not in served


def test_a_title_role_with_a_partner_in_an_ampersand_work() -> None:
    found = facts(
        _LEDE,
        "Before that, Pellow took the title role of Tansy opposite Ivo Marchbank-Reyes in the "
        "Bramble & Tansy musical in Leeds.",
        title=_TITLE,
    )
    served = served_pairs(found)
    assert ("Dara Pellow", "Ottoline Crane") in served
    assert ("Dara Pellow", "Tansy") not in served


def test_a_partner_in_our_own_show_keeps_the_part() -> None:
    found = facts(
        "Lantern Bay, the new coastal drama, begins filming in Whitby next week.",
        "Dara Pellow plays Ottoline Crane opposite Hester Vaughan-Lake in Lantern Bay.",
    )
    assert ("Dara Pellow", "Ottoline Crane") in served_pairs(found)
