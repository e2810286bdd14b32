"""Faceless words that call one of the work's parts by name: a line spoken in the work.

"It's not a lighthouse, Wren, it's a home" and "Come back to bed, Orvo." speak to a part of the
story: no one the press quotes talks to a character, so words that no one is credited with and
that address a part (set off by a comma, then a new clause or the line's end) are the work's
own, held. Words that only name the part ("Be nice to Wren", "Wren, Orvo, Dessa and the rest")
or set it beside a noun ("her brother, Wren, is ...") are left alone.
"""

from __future__ import annotations

from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_AFTER_CALL = lazy_pattern(
    r"(?:[.!?…]+[ ]*$|[.!?…]*$|,[ ](?:it|it[’']s|I|I[’']m|you|you[’']re|we|he|she|they|this|that|"
    r"there|but|please|don[’']t|just|come|get|go|look|listen|stop)\b)"
)
"""What follows a name that calls someone: the line's end, or a new clause ("..., Wren, it's")."""
_CLAUSE_WORDS = lazy_pattern(
    r"(?i:you|we|I|please|listen|look|come|don[’']t|it[’']s|just|stop|get)\b"
)
"""What a line opening on a called name goes on with: "Wren, you ...", "Wren, please ..."."""


def held_if_part_addressed(
    doc: Doc, parts: frozenset[str], quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when faceless words call a part by name (see above)."""
    if not parts or not fact.served or not faceless(fact) or fact.continues_previous:
        return fact
    words = fact.text
    for part in parts:
        at = words.find(part)
        while at >= 0:
            end = at + len(part)
            if _calls(words, at, end):
                return held_line(fact)
            at = words.find(part, end)
    return fact


def _calls(words: str, at: int, end: int) -> bool:
    """The name at ``at`` to ``end`` calls someone: after a comma, then a new clause or the end;
    or opening a sentence, then a comma and a clause's first word."""
    if end < len(words) and (words[end].isalnum() or words[end] in "’'-"):
        return False  # a longer word: "Wrenfield"
    if words[max(at - 2, 0) : at] == ", ":
        return _AFTER_CALL.match(words, end) is not None
    opens = at == 0 or words[max(at - 2, 0) : at] in (". ", "! ", "? ")
    if opens and words.startswith(", ", end):
        return _CLAUSE_WORDS.match(words, end + 2) is not None
    return False
