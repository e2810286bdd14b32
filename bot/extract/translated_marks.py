"""A writer's translation of someone's phrase, in marks after "which is ... for": "she said the
date would come “in time”, which is studio-speak for “don't ask”", "which is polite code for
‘no’". The second marks are the writer's gloss of what the first meant, not anyone's words,
whoever the sentence quotes first; they are held for review.

Only a relative "which" (or "that is") naming a way of speaking by a bare noun ("studio-speak",
"streamer", "code"), then "for" right before the marks, counts: "which is why she told fans
“...”" and "which is a treat for “...”" stay as they were.
"""

from __future__ import annotations

from bot.extract.scare_quotes import SCARE_DOUBT
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_GLOSS_FOR = lazy_pattern(
    r"(?:,|[”\"’'],?)[ ](?:which|that)[ ](?:is|was|means|meant)[ ]"
    r"(?!(?:a|an|the)[ ])(?:[a-z]+[ ])?[a-z]+(?:-[a-z]+)*[ ]for[ ][“\"‘']$"
)
"""A relative clause after a comma or a closing mark, calling the marks a way of speaking, a
bare noun with no article: "”, which is studio-speak for “", ", which is polite code for ‘";
not "which is a treat for “...”," she said" (a thing good for someone, the words hers)."""
_REACH = 60


def held_if_translated(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the writer's "which is <someone's>-speak for" opens its marks."""
    if not fact.served:
        return fact
    opens = max(quote.start - 1, 0)
    if _GLOSS_FOR.search(text, max(opens - _REACH, 0), opens + 1) is None:
        return fact
    return held(fact, SCARE_DOUBT)
