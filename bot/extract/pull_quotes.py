"""A pull quote: the page's layout repeats a line in large type under a label ("PULL QUOTE:
“...”", "Quote: “...”"). The label is furniture, no speaker and no sentence subject; the words
are credited only by a dash after them giving a person's full name ("“...” – Ada Vale"), or by
an attribution of their own after them ("Quote: “...,” said Ada Vale"), else no one (the same
words in the body keep their own speaker there)."""

from __future__ import annotations

import re

from bot.extract.names import NAME
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_LABEL = lazy_pattern(r"[ ]*(?:pull[- ]?quote|quote|block[- ]?quote|call[- ]?out)[ ]*:[ ]*", re.I)
"""The layout's label, the whole of the text before the quotation."""
_DASH_CREDIT = lazy_pattern(rf"[ ]*[—–-][ ]*(?P<name>{NAME})[ .]*")
"""A dash and a name, the whole of the text after the quotation: "“...” – Ada Vale"."""
_NO_ONE = Speaker("", SourceKind.UNATTRIBUTED, "")
_BARE = lazy_pattern(r"[ .,;!?]*")
"""Nothing after the quotation but a stop: the pull quote's words stand alone."""


def pulled_speaker(resolver: Resolver, pre: str, post: str) -> Speaker | None:
    """The speaker of a pull quote (``pre`` is its label), or ``None`` for any other line."""
    if not pre or _LABEL.fullmatch(pre) is None:
        return None
    credit = _DASH_CREDIT.fullmatch(post)
    if credit is None and _BARE.fullmatch(post) is None:
        return None  # "Quote: “...,” said Tom Reed": an attribution of its own, read as such
    known = resolver.label(credit["name"]) if credit is not None else None
    if known is None or known.source is not SourceKind.PERSON:
        return _NO_ONE
    return Speaker(known.name, known.source, post.strip())


def dash_credited(resolver: Resolver, doc: Doc, quote: Quote, pre: str) -> Speaker | None:
    """The person a dash credits when nothing but the dash and a name known as a person follows
    the quotation to its paragraph's end ("“... I dropped my cue.” — Ada Vale"), however many
    sentences the words run over: a pull quote set without a label. ``None`` otherwise."""
    if pre.strip() or not quote.closed:
        return None
    para = doc.paras[quote.para]
    credit = _DASH_CREDIT.fullmatch(doc.masked, quote.end + 1, para.end)
    known = resolver.label(credit["name"]) if credit is not None else None
    if known is None or known.source is not SourceKind.PERSON:
        return None
    return Speaker(known.name, known.source, doc.masked[quote.end + 1 : para.end].strip())
