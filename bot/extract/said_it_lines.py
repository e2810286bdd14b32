"""A line in marks standing as a sentence of its own, then a part who "says it": the work's line.

A trailer breakdown may give the line first and its speaker after, the line taken up by "it":
"“Don't wait for me.” Dessa says it to Orvo at the gate." The words are a part's, in the
footage; the name after them is a part the article casts (by its full name or its first word),
never a person it names, and the piece is about footage. A person "saying it" about their own
words ("Ada Vale says it with a grin") is a person, so names the article knows as people are left.
"""

from __future__ import annotations

from bot.extract.footage_lines import in_footage_piece
from bot.extract.owned_lines import after_close
from bot.extract.part_lines import held_line
from bot.extract.people import People
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_SAYS_IT = lazy_pattern(
    r"[ ]+(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ](?:[a-z]+ly[ ])?"
    r"(?:says|said|tells|told|whispers|whispered|shouts|shouted|mutters|muttered|delivers|"
    r"delivered|asks|asked|yells|yelled|snaps|snapped)[ ]it\b"
)
"""The next sentence opening on a name that says "it", the line: " Dessa says it to Orvo"."""


def held_if_part_says_it(
    doc: Doc, parts: frozenset[str], people: People, quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when a part says "it" in the sentence after the words (see above)."""
    if not fact.served or fact.speaker or fact.continues_previous or not parts:
        return fact
    if not quote.closed or doc.text[quote.end - 1 : quote.end] not in ".!?":
        return fact
    para = doc.paras[quote.para]
    said = _SAYS_IT.match(doc.text, after_close(doc.text, quote.end), para.end)
    if said is None:
        return fact
    name = said["name"]
    if name not in parts and not any(part.startswith(f"{name} ") for part in parts):
        return fact
    resolved = people.resolve(name)
    if people.knows(name) or (resolved is not None and people.knows(resolved)):
        return fact  # a person saying it
    return held_line(fact) if in_footage_piece(doc, quote) else fact
