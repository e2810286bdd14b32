"""One quotation said once: a standfirst that repeats the body's words ("Ada Vale has said she
“cried for a week” after the wrap", then in the body "..., telling a radio show she “cried for
a week”") gives the same words from the same speaker twice. They are one quote, served once:
the first served one stands, the repeat is dropped."""

from __future__ import annotations

from bot.facts import QuoteFact


def said_once(quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` without a served quote whose words and speaker a served one before it had."""
    seen: set[tuple[str, str]] = set()
    kept: list[QuoteFact] = []
    for quote in quotes:
        key = (quote.text.strip(" ,.!?"), quote.speaker)
        if quote.served and quote.speaker and key in seen:
            continue
        if quote.served and quote.speaker:
            seen.add(key)
        kept.append(quote)
    return kept
