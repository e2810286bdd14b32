"""Who says the next paragraph's words when a paragraph opens a quotation and leaves it open.

British papers run one speaker's words over paragraphs by opening each with a mark and closing
only the last ("A source said: ‘She has thought about it for months. She wants a break.", then
"‘Producers were gutted to lose her.’"). The sentences at the end of the open paragraph are inside
the quotation, so their subject ("She") is no one who speaks; the words that go on after them are
whoever the open quotation's own attribution names ("A source said:"), else no one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker
    from bot.extract.text import Span

_OPEN = lazy_pattern(r"(?:^|(?<=[ (]))[‘“](?=[A-Z])")
"""An opening mark before a capital: a quotation's first word."""
_CLOSE = lazy_pattern(r"[’”](?!\w)")
"""A closing mark; "she’s" is an apostrophe, not a close."""


def run_on_sayer(resolver: Resolver, sentence: Span) -> tuple[bool, Speaker | None]:
    """Whether a quotation opens before ``sentence`` ends, in its paragraph, and never closes,
    and if so the attribution before its mark (None when it names no one)."""
    doc = resolver.doc
    para = doc.paras[sentence.para]
    text = doc.text[para.start : para.end]
    opened = [m.start() for m in _OPEN.finditer(text, 0, sentence.end - para.start)]
    if not opened or _CLOSE.search(text, opened[-1]) is not None:
        return False, None
    mark = para.start + opened[-1]
    return True, resolver.before(doc.masked[para.start : mark].rstrip(), mark + 1, para.start)
