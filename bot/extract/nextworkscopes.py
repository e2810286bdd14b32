"""The paragraph a profile turns to someone's next work in ("Next up is Dry Creek, a western.",
"Her next project, Dry Creek, is a western."), or a guide to its other pick ("Also worth a look:
The Reach ..."): every cast and crew credit it then gives is that work's, not the article's,
unless the paragraph names our own title.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import PART_LABELS
from bot.extract.names import NAME
from bot.extract.text import Doc

_NEXT_WORK = lazy_pattern(
    r"[ “\"‘]*(?:(?:Next[ ]up|Up[ ]next)(?:[ ]for[ ][^,;:]{1,60}?)?[ ]is"
    r"|(?:Her|His|Their)[ ]next[ ](?:project|film|feature|role|job|series|show|work)(?:,|[ ]is)"
    r"|Also[ ]worth[ ](?:a[ ](?:look|watch)|watching|catching|seeking[ ]out):)"
    rf"[ ][“\"‘]?(?P<name>{NAME})"
)
"""A turn to another work: a profile's next one, a guide's other pick ("Also worth a look: The
Reach is back on ITV1, with A reprising her role as B")."""
_OWN_PART = lazy_pattern(rf"{PART_LABELS}\b")


def next_work_sentences(doc: Doc, context: Context) -> set[str]:
    """The sentences of each paragraph that opens on a next work not ours (the opener's too)."""
    if "next" not in doc.body.lower() and "Also worth" not in doc.body:
        return set()
    found: set[str] = set()
    opened: set[int] = set()
    for view in doc.views:
        para = view.span.para
        first = view.span.start == doc.paras[para].start
        if first:
            opener = _NEXT_WORK.match(view.chunk)
            if opener is not None and not _ours(opener["name"], context, doc, para):
                opened.add(para)
        if para in opened:
            found.add(doc.text[view.span.start : view.span.end].strip())
    return found


def _ours(name: str, context: Context, doc: Doc, para: int) -> bool:
    """Whether the next work is the article's own (or its next run), or the paragraph names one
    of our titles."""
    if _OWN_PART.match(name) or context.is_known(re.sub(r"[’']s$", "", name)):
        return True
    if any(word in context.headline for word in name.split()):
        return True
    text = doc.text[doc.paras[para].start : doc.paras[para].end]
    return any(title in text for title in context.titles)
