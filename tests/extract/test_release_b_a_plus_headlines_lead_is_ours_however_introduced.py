"""A live blog's headline names its lead work, then others after "plus"; the dek introduces the
lead by its director's possessive, as it would another's. The lead stays the page's own, so the
added works' dates are theirs, not ours; the lead's own date still stands. Invented text
throughout."""

from __future__ import annotations

from tests.extract.helpers import facts

_TITLE = "Harbour Film Festival live: Weir Cottage premieres, plus Tinder and The Rook"


def _premieres(*paragraphs: str) -> set[str]:
    found = facts(*paragraphs, date="2026-06-20", title=_TITLE)
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


_BLOG = (
    "Live from day two of the Harbour Film Festival, where Ruth Penn's Weir Cottage opens.",
    "21:40",
    "Weir Cottage got a warm ovation. It opens in UK cinemas on 9 October.",
    "17:05",
    "Our critic liked Tinder, the Cornish ghost story from Ana Kerr. Tinder is on Mubi from "
    "2 November.",
)


def test_an_added_works_date_is_not_ours() -> None:
    assert "2026-11-02" not in _premieres(*_BLOG)


def test_the_leads_own_date_stands() -> None:
    assert "2026-10-09" in _premieres(*_BLOG)
