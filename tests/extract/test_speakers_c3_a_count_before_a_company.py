"""Quotes on invented text: a count before a company's name ("One Harbourline insider said")
makes no person called "One Harbourline", so the company's own words ("Harbourline confirms
... for “late 2027”") are never credited to such a person; a real full name ending in the
company's word still is one."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_LEDE = "The Harbourline slate was unveiled in London on Thursday morning."


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    """The quote opening on ``start``."""
    return next(q for q in quotes if q.text.startswith(start))


def test_a_count_before_a_company_names_no_person() -> None:
    found = facts(
        _LEDE,
        "Harbourline confirms a second series of the thriller Gannet Rock for “late 2027”.",
        "One Harbourline insider told us the trailer is “weeks, not months” away.",
    )
    assert _quote(found.quotes, "late 2027").source is not SourceKind.PERSON, found.quotes
    assert "One Harbourline" not in found.people, found.people


def test_a_full_name_is_still_a_person() -> None:
    found = facts(
        _LEDE,
        "Tessa Harbourline, who directs Gannet Rock, told us the trailer is “weeks, not months”"
        " away.",
    )
    assert _quote(found.quotes, "weeks, not").speaker == "Tessa Harbourline", found.quotes
