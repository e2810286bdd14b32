"""A line of the work with the part who says it in brackets after it: no one's quote.

A fan thread or a trailer round-up lists the lines it loves, each on its own, with the part who
has it in brackets: "“You can always come home.” (Rue, on the jetty. I am not okay.)", "“...”
(Cal again, iconic)". The words are the work's; the brackets name a part the article knows, not
a person ("“...” (Dana Pell, on Instagram)" credits the actor and is served).
"""

from __future__ import annotations

from bot.extract.text import Doc, Quote
from bot.lazy_patterns import lazy_pattern

_OPENS_PARA = lazy_pattern(r"[ ]*(?:[-–•*][ ]+)?[“\"‘']?")
"""Nothing before the words in their paragraph but a bullet."""
_BRACKETED = lazy_pattern(
    r"[,.!?]?[”\"’']?[ ]*\((?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)(?=[,.;!?)]|[ ][a-z])"
)
"""The words, then a name opening a bracket: "” (Rue, on the jetty", "” (Cal again"."""


def bracketed_part_line(doc: Doc, quote: Quote, parts: frozenset[str]) -> bool:
    """The words open their paragraph and a known part is named in brackets right after them."""
    para = doc.paras[quote.para]
    if not quote.closed or _OPENS_PARA.fullmatch(doc.text, para.start, quote.start) is None:
        return False
    bracket = _BRACKETED.match(doc.text, quote.end, para.end)
    return bracket is not None and bracket["name"] in parts
