"""A numbered newsletter whose items each tell one work's news: what another item casts, credits
or dates is that work's, not ours; the item naming the article's work is read."""

from __future__ import annotations

from tests.extract.helpers import facts, served_credits, served_pairs

_LETTER_HEADLINE = "The Weekly Spool: Lantern Bay finally has a date"


def _letter(first: str, third: str):  # type: ignore[no-untyped-def]
    return facts(
        "This week: a date for Lantern Bay, a new run for Gallowmere and a slot for Tidewrack.",
        _LETTER_HEADLINE,
        "Morning, all. Three stories this week.",
        "1. Gallowmere stirs again",
        first,
        "2. Lantern Bay lands on 9 October",
        "Netflix has confirmed that Lantern Bay will be released on Friday 9 October.",
        "3. Tidewrack gets an autumn slot",
        third,
        "That is all for this week.",
        date="2026-03-05",
        title=_LETTER_HEADLINE,
    )


_LETTERS = (
    (
        "ITV has renewed its gothic fantasy Gallowmere for a third series. Ada Penrose-Kilbride"
        " returns as the witch Morwen Vale, and filming starts in Yorkshire in June.",
        "Sky has set 12 September for its heist drama Tidewrack. Created by Fennick"
        " Oyelaran-Shaw, it runs for six episodes.",
    ),
    (
        "Channel 5 has brought back its fantasy saga Gallowmere for a second run, with Ada"
        " Penrose-Kilbride back as Morwen Vale. Filming begins in June.",
        "Apple TV+ has dated its spy thriller Tidewrack for 12 September. It is created by"
        " Fennick Oyelaran-Shaw.",
    ),
)


def test_newsletter_other_items_lend_nothing() -> None:
    for first, third in _LETTERS:
        found = _letter(first, third)
        assert ("Ada Penrose-Kilbride", "Morwen Vale") not in served_pairs(found)
        assert "Fennick Oyelaran-Shaw" not in {name for _r, name in served_credits(found)}
        kinds = {r.kind.value for r in found.release if r.served}
        assert "filming_planned" not in kinds
