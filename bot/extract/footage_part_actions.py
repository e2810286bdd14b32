"""A part, named by its first name, caught doing something before a colon: the work's line.

A trailer round-up gives the footage's line after the shot it falls in: "Marla, loading a crossbow
in the pantry: “...”", or with the actor in brackets, "Marla (Ada Vale) loading a crossbow:
“...”". The name opens the sentence, a comma and a clause that opens on an
"-ing" word say what the part is doing on screen, and a colon hands over to the words. The name
is a part the article casts or its first word, and nothing credits the words to a person; in a
piece about footage they are held. "Brill, asked about the ending: “...”" (a person at a panel)
names no part.
"""

from __future__ import annotations

from bot.extract.footage_lines import in_footage_piece
from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_ACTING = lazy_pattern(
    r"(?:^|\n|[.!?][ ]+)(?P<name>[A-Z][\w’'-]+)(?:,|[ ]\([^()]{1,40}\),?)[ ][a-z]+ing\b"
    r"[^.!?:;“”\"]{0,80}:[ ]*$"
)
"""A one-word name opening the sentence, a comma (or its actor in brackets), a clause opening
on an "-ing" word, then a colon right before the marks: "Marla, loading a crossbow in the
pantry: ", "Marla (Ada Vale) loading a crossbow: "."""
_REACH = 120


def held_if_part_acting(
    doc: Doc, parts: frozenset[str], quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when a part named by its first name is doing something right before a
    colon and the words, unattributed, in a piece about footage (see above)."""
    if not fact.served or fact.speaker or fact.continues_previous or not parts:
        return fact
    para = doc.paras[quote.para]
    opens = quote.start - 1  # the opening mark
    acting = _ACTING.search(doc.text[max(opens - _REACH, para.start) : opens])
    if acting is None:
        return fact
    name = acting["name"]
    if not any(part == name or part.startswith(f"{name} ") for part in parts):
        return fact
    return held_line(fact) if in_footage_piece(doc, quote) else fact
