"""The capitalised words of a page's headline, for :mod:`.context`: a work named there is the
article's subject, even where the body introduces it as it would another."""

from __future__ import annotations

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_CAPITAL_WORD = lazy_pattern(r"\b[A-Z][\w-]+")
_ACRONYM_MAX = 3
_MEDIUM = frozenset({"TV", "Telly", "Television", "Streaming", "Radio", "Podcast"})
"""The medium a newsletter's headline names ("Your TV week", "The Streaming Guide"): no work's
word, though the body's channels have it ("Apple TV+")."""


def headline_words(doc: Doc) -> frozenset[str]:
    """The headline's capitalised words, less stop words and media: the words a work named
    there may be known by."""
    if doc.title_para is None:
        return frozenset()
    title = doc.paras[doc.title_para]
    words = _CAPITAL_WORD.findall(doc.text[title.start : title.end])
    # An all-capitals headline ("FILMING BEGINS ON HARBOUR ROAD") names "Harbour Road" too.
    words += [w.capitalize() for w in words if w.isupper() and len(w) > _ACRONYM_MAX]
    return frozenset(word for word in words if word not in STOP_TOKENS and word not in _MEDIUM)
