"""The one told is not the one who tells: "Reed told a fan in the comments it should be “...”".

An unnamed label the quotation's sentence gives only as the object of "told" or "asked" (or
after "replied to", "wrote back to") is whom the words were said to. Crediting it would serve
the listener as the speaker; the words are left to no one.
"""

from __future__ import annotations

import re

from bot.extract.text import Doc
from bot.extract.unsaid_runs import unsaid_with_runs
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_TO_LISTENER = lazy_pattern(
    r"\b(?:told|tells|tell|asked|asks|reassured|reassures|promised|promises"
    r"|(?:replied|replies|wrote[ ]back|answered|responded)[ ]to)[ ]$"
)
"""The verb whose object a label is: "told ", "replied to "."""


def listeners_unsaid(doc: Doc, quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote credited to an unnamed label its sentence gives only as the one told, left to
    no one, with the words going on from it."""
    return unsaid_with_runs(quotes, lambda fact: _told(doc, fact))


def _told(doc: Doc, fact: QuoteFact) -> bool:
    if fact.source is not SourceKind.UNNAMED or not fact.served or not fact.speaker:
        return False
    start = doc.text.find(fact.text)
    if start < 0:
        return False
    sentence = doc.sentence_at(start)
    found = [
        label.start()
        for label in re.finditer(re.escape(fact.speaker), doc.masked[sentence.start : start])
    ]
    before = doc.masked[sentence.start : start]
    return bool(found) and all(_TO_LISTENER.search(before, 0, at) is not None for at in found)
