"""Words that open a sentence and are named at once as heard in the work's footage: a line of
the work, not anyone's quote.

"“Keep the lamp lit” in the trailer did not prepare me." and "“Nobody leaves twice” from the
teaser is my whole personality now." quote a part; a fan's comment names where the line is
heard, never who said it to anyone. Held only when nothing credits the words: "Ada Vale said
“...” in a clip she posted" is hers, and "in a clip" (someone's own video) is never "the
trailer".
"""

from __future__ import annotations

from bot.extract.footage_lines import FOOTAGE_WORDS
from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_HEARD_IN = lazy_pattern(
    r"[,.!?]?[ ]*(?:in|from)[ ](?:the|that|this)[ ](?:(?:new|first|full|final|last|latest)[ ])?"
    rf"(?:{FOOTAGE_WORDS})\b(?![’'])"
)
"""Straight after the closing mark: "in the trailer", "from the first teaser" (not "the
trailer's launch", which is an event)."""
_OPENS = lazy_pattern(r"[ “”\"‘’'*-]*$")


def held_if_heard_in_footage(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when no one is credited with words that open their sentence and are
    followed at once by the footage they are heard in (see above)."""
    if not fact.served or fact.attribution or fact.continues_previous or not quote.closed:
        return fact
    if _HEARD_IN.match(doc.masked, quote.end + 1) is None or not opens_its_sentence(doc, quote):
        return fact
    return held_line(fact)


def opens_its_sentence(doc: Doc, quote: Quote) -> bool:
    """``quote`` stands first in its sentence, with only marks or a dash before it: words the
    sentence then says something about, not words someone is introduced as saying."""
    sentence = doc.sentence_at(quote.start)
    return _OPENS.fullmatch(doc.text, sentence.start, quote.start) is not None
