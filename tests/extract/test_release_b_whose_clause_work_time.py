"""A time inside a "whose" clause that names another work ("X, whose own thriller, Y, opens on
..."): that work's, not the page's. A time past the clause's end, back in the sentence about our
work, stays ours."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Live: the Marrow Point premiere in Leicester Square"
_LEDE = "Stars gather tonight for the premiere of Marrow Point, the new coastal mystery."


def _served(*paragraphs: str) -> set[tuple[str, str]]:
    found = facts(_LEDE, *paragraphs, date="2026-09-30", title=_TITLE)
    return {
        (f.kind.value, f.date.isoformat() if f.date else f.window or "")
        for f in found.release
        if f.served
    }


def test_a_time_in_a_whose_clause_is_the_other_works() -> None:
    served = _served(
        "Marrow Point opens in UK cinemas on Friday 2 October.",
        "18:40: On the carpet now is Odile Ferrant, whose new comedy, Copper Lanes, opens on"
        " 6 November.",
    )
    assert ("premiere_date", "2026-10-02") in served
    assert ("premiere_date", "2026-11-06") not in served


def test_a_time_after_the_whose_clause_is_ours() -> None:
    served = _served(
        "Written by Odile Ferrant, whose stage play Copper Lanes toured in 2024, and produced by"
        " Halden Films, Marrow Point opens in UK cinemas on 2 October.",
    )
    assert ("premiere_date", "2026-10-02") in served
