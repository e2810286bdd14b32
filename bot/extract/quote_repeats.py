"""One quotation said once: a standfirst that repeats the body's words ("Ada Vale has said she
“cried for a week” after the wrap", then in the body "..., telling a radio show she “cried for
a week”") gives the same words from the same speaker twice. They are one quote, served once:
the first served one stands, the repeat is dropped. Words served with no speaker that a served
quote with a speaker holds too, as whole words, two or more (a standfirst's "reps insist they are
“simply old classmates”" before the rep's own "“They're simply old classmates,” a rep said"; a
pull quote set out again under the text, its clause marks dropped or moved) are that quote,
shown twice: the copy credited to no one is dropped ("art" in "“the heart of the harbour”" is
not)."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import QuoteFact, SourceKind

_EDGES = " ,.!?;:…"
_CLAUSE_MARKS = lazy_pattern(r"[,.;:!?…]+(?=[’'”\"\s]|$)")
"""Punctuation closing a clause, which a pull quote may drop or move inside a quote within the
quote ("somebody said, ‘It's the last year’" against the body's "‘It's the last year,’ and")."""


def said_once(quotes: list[QuoteFact]) -> list[QuoteFact]:
    """``quotes`` without a served quote whose words and speaker a served one before it had,
    nor a served unattributed one whose words a served quote with a speaker holds, nor a held
    one whose very words a served quote has (an answer's turn "Ada: “...”" and its marks)."""
    seen: set[tuple[str, str]] = set()
    kept: list[QuoteFact] = []
    credited = [_CLAUSE_MARKS.sub("", q.text) for q in quotes if q.served and q.speaker]
    served = {q.text for q in quotes if q.served and q.speaker}
    for quote in quotes:
        if not quote.served and quote.text in served:
            continue
        key = (quote.text.strip(" ,.!?"), quote.speaker)
        if quote.served and quote.speaker and key in seen:
            continue
        if quote.served and quote.speaker:
            seen.add(key)
        if _shown_again(quote, credited):
            continue
        kept.append(quote)
    return kept


def _shown_again(quote: QuoteFact, credited: list[str]) -> bool:
    """A served quote credited to no one whose words (two or more, whole) a quote with a speaker
    holds (``credited``: those quotes' words, their clause marks already dropped)."""
    if not quote.served or quote.source is not SourceKind.UNATTRIBUTED:
        return False
    words = _CLAUSE_MARKS.sub("", quote.text.strip(_EDGES))
    return len(words.split()) > 1 and any(_holds(text, words) for text in credited)


def _holds(text: str, words: str) -> bool:
    """``text`` has ``words`` as whole words ("heart" does not hold "art")."""
    at = text.find(words)
    while at >= 0:
        end = at + len(words)
        if not (at and _word(text[at - 1]) and _word(words[0])) and not (
            end < len(text) and _word(text[end]) and _word(words[-1])
        ):
            return True
        at = text.find(words, at + 1)
    return False


def _word(char: str) -> bool:
    return char.isalnum() or char in "_’'-"
