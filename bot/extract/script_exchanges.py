"""Words set out like a script: a part's name, a colon, then its line in marks, two or more such
lines in one paragraph ("Dessa: “...” Tom: “...” Dessa: “...”"). A fan or a guide retelling a
scene writes it so; the words are the work's, no one's quote. At least one label must be a part
the article casts, and no label a person it knows, by full name or surname, so a transcript of
people ("Vale: “...” Moor: “...”", even beside a part's label) is not taken for one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.people import People

_LABEL = lazy_pattern(r"(?:^|(?<=[.!?”\"’][ ])|(?<=\n))(?P<label>[A-Z][\w’'-]+):[ ]?[“\"‘]$")
"""One capitalised word opening a script line, a colon, then the opening mark: "Mira: “"."""
_LABEL_REACH = 30
_LINES = 2
"""How many labelled lines a paragraph needs before it reads as a script."""


def _label(doc: Doc, quote: Quote) -> str | None:
    """The script label right before ``quote``'s opening mark, if any."""
    para = doc.paras[quote.para]
    found = _LABEL.search(doc.text, max(quote.start - _LABEL_REACH, para.start), quote.start)
    return found["label"] if found is not None else None


def held_if_script_line(
    doc: Doc, parts: frozenset[str], people: People, quote: Quote, fact: QuoteFact
) -> QuoteFact:
    """``fact`` held when its words are one of a paragraph's script lines (see above)."""
    if not fact.served or _label(doc, quote) is None:
        return fact
    labels = [_label(doc, other) for other in doc.quotes if other.para == quote.para]
    named = {label for label in labels if label is not None}
    if sum(label is not None for label in labels) < _LINES or len(named) < _LINES:
        return fact
    surnames = people.surnames()
    if not named & parts or any(people.knows(label) or label in surnames for label in named):
        return fact
    return held_line(fact)
