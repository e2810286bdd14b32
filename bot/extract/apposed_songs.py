"""A title in marks set in apposition to its work noun and described at once: a name, not a quote.

"The album has one single, “Harbour Lights”, recorded in a church." and "the poem, “Salt Road”,
written when she was nine" name a work between commas: the noun before, and a past participle
telling how the work was made after, make the marks a title's. Held only when no one is credited
with the words; "Asked about the song, “I love it”, she said" has no participle after.
"""

from __future__ import annotations

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held

_WORK_NOUN = lazy_pattern(
    r"\b(?:song|single|track|album|ballad|anthem|hymn|tune|air|lullaby|theme|poem|film|novel|"
    r"book|play|short)[ ]*,[ ]*$"
)
"""A work's noun and the comma opening the apposition, right before the marks: "one song, “"."""
_MADE = lazy_pattern(
    r"[ ]*,[ ](?:sung|written|recorded|performed|composed|released|played|arranged|co-written|"
    r"produced|filmed|shot|published|set)\b"
)
"""The comma closing the apposition and a participle of how the work was made: "”, sung"."""
_REACH = 30


def held_if_apposed_title(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its words are a work's title between commas (see above)."""
    if not fact.served or not faceless(fact) or not quote.closed:
        return fact
    if fact.text[-1:] in ".,!?;:…" or _MADE.match(doc.text, quote.end + 1) is None:
        return fact
    opens = max(quote.start - 1, 0)
    if _WORK_NOUN.search(doc.text, max(opens - _REACH, 0), opens) is None:
        return fact
    return held(fact, NAME_IN_MARKS)
