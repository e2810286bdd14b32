"""A release-day opening: one of the article's first paragraphs says the film is out now
("Fellside: The Slow Ebb is now streaming on Netflix worldwide.", "It's finally here! Fellside
is out now on Apple TV+."), so the day the article is dated is the release day. Only the
article's own production (named in the headline or the body), as the sentence's subject and in
the singular: earlier seasons "are now streaming", another show out now, or a sign-off in the
last paragraph ("Fellside is streaming now on Netflix.", written days later) date nothing.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind

_OPENING_PARAS = 6
"""How many paragraphs an opening may take (headline, byline and pinned lines included)."""
_OUT_NOW = re.compile(
    r"[ “\"]*(?P<subject>[A-Z][\w’'&+.-]*:?(?:[ ](?:[A-Z0-9][\w’'&+.-]*:?|of|the|and|in|for|a))*)"
    r"[ ]is[ ](?:now[ ]streaming|streaming[ ]now|out[ ]now|now[ ]out|now[ ]available[ ]to"
    r"[ ]stream|available[ ]to[ ]stream[ ]now)[ ](?:on|in)[ ][A-Z]"
)
_NOT_THE_WORK = frozenset({"Season", "Seasons", "Series", "Episode", "Episodes", "All", "It"})
"""Subjects that are a part of the work or no name: "Season two of Fellside is now out on"."""
_WORD = re.compile(r"[\w’'&+-]+")


def out_today(doc: Doc, context: Context) -> list[ReleaseFact]:
    """The article's date as the premiere date, when its opening says the film is out now."""
    if doc.date is None or not doc.paras:
        return []
    last = doc.paras[-1].para
    for view in doc.views:
        para = view.span.para
        if para > _OPENING_PARAS:
            break
        if para >= last:
            continue
        match = _OUT_NOW.match(view.chunk)
        if match is None:
            continue
        words = _WORD.findall(match["subject"])
        if words[0] in _NOT_THE_WORK or not any(map(context.is_known, words)):
            continue
        evidence = doc.text[view.span.start : view.span.end].strip()
        return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=doc.date)]
    return []
