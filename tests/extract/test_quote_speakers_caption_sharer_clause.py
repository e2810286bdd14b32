"""Quotes on invented text: "The shoot wrapped, with Ada Vale sharing a photo with the caption
“...”" is Ada Vale's caption, never the company's the sentence is about."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_the_sharer_named_in_a_with_clause_owns_the_caption() -> None:
    found = facts(
        "Filming has wrapped on Hollowmarsh, the Corvane Pictures drama, the studio confirmed.",
        "Ysolde Brackenridge plays Tobin Marsh in the drama.",
        "The shoot finished on Friday, with Ysolde Brackenridge sharing a photo of the crew "
        'with the caption "Goodbye, marsh".',
    )
    assert _quote(found, "Goodbye") == ("Ysolde Brackenridge", SourceKind.PERSON)
