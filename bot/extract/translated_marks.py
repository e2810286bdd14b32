"""A writer's translation of someone's phrase, in marks after "which is ... for": "she said the
date would come “in time”, which is studio-speak for “don't ask”", "which is polite code for
‘no’". The second marks are the writer's gloss of what the first meant, not anyone's words,
whoever the sentence quotes first; they are held for review.

Only a relative "which" (or "that is") naming a noun or two, then "for" right before the marks,
counts: "which is why she told fans “...”" and "which is a film for “...”" with more words
between stay as they were.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.scare_quotes import SCARE_DOUBT
from bot.extract.text import Quote
from bot.facts import QuoteFact, held

_GLOSS_FOR = lazy_pattern(
    r"(?:,|[”\"’'],?)[ ](?:which|that)[ ](?:is|was|means|meant)[ ](?:(?:a|an)[ ])?"
    r"(?:[a-z]+[ ])?[a-z]+(?:-[a-z]+)*[ ]for[ ][“\"‘']$"
)
"""A relative clause after a comma or a closing mark, calling the marks a kind of speech: "”,
which is studio-speak for “", ", which is polite code for ‘"."""
_REACH = 60


def held_if_translated(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the writer's "which is <someone's>-speak for" opens its marks."""
    if not fact.served:
        return fact
    opens = max(quote.start - 1, 0)
    if _GLOSS_FOR.search(text, max(opens - _REACH, 0), opens + 1) is None:
        return fact
    return held(fact, SCARE_DOUBT)
