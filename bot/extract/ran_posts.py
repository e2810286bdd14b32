"""A quotation that "ran" as one post among many is an unnamed poster's words.

"“We were robbed,” ran one angry post, which overstated it." gives the words of someone the
article does not name; with no speaker of its own, the quotation is never the sentence's other
subject's (the channel whose news the post answered), but the unnamed poster's. "ran the
headline" (a paper's own words, one text) is left as it was.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_RAN = lazy_pattern(
    r"[’”\"']?,?[’”\"']?[ ](?P<said>(?:ran|went|read)[ ](?P<who>(?:one|another|a)[ ]"
    r"(?:[a-z-]+[ ]){0,2}(?:post|tweet|comment|reply|message|thread|review)))\b"
    r"(?![ ](?:by|from|signed|sent|posted|issued|shared|written)\b)"
)
"""A lone post that "ran" or "read" the words, just after them ("," ran one popular post"); not
one whose sender is told ("read a message from the studio", "signed by A")."""


def post_that_ran(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to the unnamed poster of the post it ran as (see above), when nothing
    nearer names a speaker of its own."""
    if fact.attribution or not fact.served:
        return fact
    ran = _RAN.match(doc.text, quote.end)
    if ran is None:
        return fact
    return replace(fact, speaker=ran["who"], source=SourceKind.UNNAMED, attribution=ran["said"])
