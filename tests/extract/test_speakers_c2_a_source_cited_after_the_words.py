"""Quotes on invented text: words with a source cited straight after them ("“...”, according
to the venue's listing") are never credited to a person the sentence before was about; a
company there may be the source's own ("per the press office") and keeps them."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_LEDE = "Gull Harbour, the coastal drama from Pellworth Pictures, screens in Truro next week."


def _quote(quotes: tuple[QuoteFact, ...], start: str) -> QuoteFact:
    """The quote opening on ``start``."""
    return next(q for q in quotes if q.text.startswith(start))


def test_a_cited_listing_keeps_the_person_before_from_the_words() -> None:
    found = facts(
        _LEDE,
        "After the film Tamsin Reller and Oren Valcourt take questions, and Mara Quell is due to"
        " say a few words first. Composer Ines Drabble “could drop by”, according to the"
        " cinema listing.",
    )
    quote = _quote(found.quotes, "could drop by")
    assert quote.speaker not in {"Mara Quell", "Oren Valcourt", "Tamsin Reller"}, found.quotes


def test_a_company_before_a_cited_office_keeps_the_words() -> None:
    found = facts(
        _LEDE,
        "Pellworth Pictures confirmed on Monday that a sequel is in development. Shooting is"
        " “pencilled in for next autumn” per the press office.",
    )
    quote = _quote(found.quotes, "pencilled in")
    assert quote.source is not SourceKind.PERSON, found.quotes
    assert quote.speaker == "Pellworth Pictures", found.quotes


def test_a_source_that_is_the_persons_own_keeps_the_words() -> None:
    found = facts(
        _LEDE,
        "Its French edition is out too. Apparently the lead's French voice actor, Mara Quell,"
        ' dubbed every episode in nine days. "A proper marathon" per her blog, ha.',
    )
    quote = _quote(found.quotes, "A proper marathon")
    assert quote.speaker == "Mara Quell", found.quotes
