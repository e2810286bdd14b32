"""The paragraph a profile turns to someone's next work in ("Next up is Dry Creek, a western.",
"Her next project, Dry Creek, is a western."), or a guide to its other pick ("Also worth a look:
The Reach ..."): every cast and crew credit it then gives is that work's, not the article's,
unless the paragraph names our own title.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.lexicon import PART_LABELS, STOP_TOKENS
from bot.extract.names import NAME
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NEXT_WORK = lazy_pattern(
    r"[ “\"‘]*(?P<joined>(?:And|But|Then|Now)[ ](?=next[ ]up))?"
    r"(?:(?:[Nn]ext[ ]up|Up[ ]next)(?:[ ]for[ ][^,;:]{1,60}?)?[ ]is"
    r"|(?:Her|His|Their)[ ]next[ ](?:project|film|feature|role|job|series|show|work)(?:,|[ ]is)"
    r"|Also[ ]worth[ ](?:a[ ](?:look|watch)|watching|catching|seeking[ ]out):"
    r"|If[ ]you[ ](?:like|liked|enjoyed|love|loved)[ ][^,;:.]{1,40}?,[ ](?:try|watch):?)"
    rf"[ ][“\"‘]?(?P<name>{NAME})"
)
"""A turn to another work: a profile's next one, a guide's other pick ("Also worth a look: The
Reach is back on ITV1, with A reprising her role as B", "If you like this, try: The Reach")."""
_WHO = lazy_pattern(r",?[ ](?:who|whose)\b")
"""A name told by "who" after it is a person: a panel's "And next up is Ada Vale, who plays
Mira", no other work."""
_OWN_PART = lazy_pattern(rf"{PART_LABELS}\b")


def next_work_sentences(doc: Doc, context: Context) -> set[str]:
    """The sentences of each paragraph that opens on a next work not ours (the opener's too),
    or that turns to one later on with a joining word ("And next up is X"), from there on."""
    openers = _openers(doc)
    if openers is None:
        return set()
    found: set[str] = set()
    opened: set[int] = set()
    for index, view in enumerate(doc.views):
        para = view.span.para
        first = view.span.start == doc.paras[para].start
        if para not in opened:
            opener = openers.get(index)
            if (
                opener is not None
                and (first or (opener["joined"] and not _WHO.match(view.chunk, opener.end())))
                and not _ours(opener["name"], context, doc, para)
            ):
                opened.add(para)
        if para in opened:
            found.add(doc.text[view.span.start : view.span.end].strip())
    return found


@once_per_doc
def _openers(doc: Doc) -> dict[int, re.Match[str]] | None:
    """Each sentence (by its index in ``doc.views``) that opens on a next work (``_NEXT_WORK``),
    or None when the body has no word one needs: the cast, crew and release chains each ask,
    with their own contexts, but the openers are the article's."""
    if "next" not in doc.body.lower() and "Also worth" not in doc.body and "If you" not in doc.body:
        return None
    return {
        index: opener
        for index, view in enumerate(doc.views)
        if (opener := _NEXT_WORK.match(view.chunk)) is not None
    }


def _ours(name: str, context: Context, doc: Doc, para: int) -> bool:
    """Whether the next work is the article's own (or its next run), or the paragraph names one
    of our titles."""
    if _OWN_PART.match(name) or context.is_known(re.sub(r"[’']s$", "", name)):
        return True
    named = [word for word in name.split() if word not in STOP_TOKENS]
    if named and all(word in context.headline for word in named):
        return True  # a headline naming only part of it ("From X to Carrowkeel") may pair two
    text = doc.text[doc.paras[para].start : doc.paras[para].end]
    return any(title in text for title in context.titles)
