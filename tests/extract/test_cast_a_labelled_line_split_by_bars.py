"""A labelled cast line whose items a vertical bar parts, on invented text (a forum thread's
header): each "Actor – Part" item is read as the line's "; " items are; a crew line split the
same way gives no casting."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs, served_pairs

_LEDE = "Discussion thread for the opening episode of Streamly's Lowmoor, which aired tonight."


def test_bar_split_cast_line_pairs_each_item() -> None:
    found = served_pairs(
        facts(
            _LEDE,
            "Cast: Wenna Trask – Ivo Marchbank | Jory Pascoe – DS Senara Pook | Kitto Vear –"
            " Tamsin Laity",
        )
    )
    assert ("Wenna Trask", "Ivo Marchbank") in found, found
    assert ("Jory Pascoe", "DS Senara Pook") in found, found
    assert ("Kitto Vear", "Tamsin Laity") in found, found


def test_bar_split_crew_line_is_no_cast() -> None:
    found = pairs(facts(_LEDE, "Written by: Wenna Trask | Directed by: Jory Pascoe"))
    assert not found, found
