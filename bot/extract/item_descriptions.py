"""A newsletter item that opens on a named description of a work, for :mod:`.castnewsitems`
and :mod:`.crewitems`.

An item headed by a work's name often does not repeat the name in its prose but describes the
work instead: "2. Tarnwick is back" over "The Cornish-language drama returns to Channel 5 for
a third run, with Ada Vale again as Mira". A definite description whose first modifier is a
proper word (a language, a nation, a channel: "The Danish thriller", "The BBC Two series") and
whose genre noun is the sentence's subject, its verb right after, points back at the heading's
work, so what the item casts and credits is that work's. A bare "The series returns" or "The
new drama begins" may be the article's own work again, and "The Danish drama star is back" is
a person: neither counts.
"""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_DESCRIBED_WORK = lazy_pattern(
    r"[ ]*(?:The|This)[ ][A-Z][\w’'-]*[ ](?:[\w’'-]+[ ]){0,2}?"
    rf"{GENRE_NOUNS}[ ](?:returns|is|has|was|will|gets|comes|arrives|begins|starts|lands"
    r"|opens|heads|moves|goes|follows)\b"
)
"""A definite description with a proper first modifier, then its verb: "The Welsh-language
thriller returns", "The BBC Two drama is back" (not "The series returns")."""


def opens_on_described_work(sentence: str) -> bool:
    """Whether ``sentence`` opens on a named description of a work as its subject."""
    return _DESCRIBED_WORK.match(sentence) is not None
