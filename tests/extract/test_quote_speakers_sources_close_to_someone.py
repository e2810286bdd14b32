"""Quotes on invented text: "Sources close to the actor say he has “...”" are the sources'
words; the actor they are close to never says them."""

from __future__ import annotations

from bot.facts import ArticleFacts, SourceKind
from tests.extract.helpers import facts


def _quote(found: ArticleFacts, start: str) -> tuple[str, SourceKind]:
    quote = next(q for q in found.quotes if q.text.startswith(start))
    return quote.speaker, quote.source


def test_words_of_sources_close_to_the_actor_are_the_sources() -> None:
    found = facts(
        "Perrin Vassallo plays Tobin Marsh in Hollowmarsh, out this week.",
        "Vassallo has kept quiet since the premiere. Sources close to the actor say he has "
        "“rarely been calmer” and wants a long rest.",
    )
    speaker, source = _quote(found, "rarely been")
    assert speaker != "Perrin Vassallo"
    assert source is not SourceKind.PERSON
