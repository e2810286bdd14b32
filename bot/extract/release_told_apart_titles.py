"""A title reveal told apart from the title. Press releases and reaction pieces say that the
title was revealed ("Netflix today revealed the title and release date of the X film", "has
finally revealed the name of the X movie") without the title in that clause, and name the
production by its new name elsewhere: "X Ever After, the feature film that ..., will premiere
on ...", with the same name in the headline. That name, our production's name with more words
after it (or after a colon), is the revealed title. A name the headline does not carry, a season,
or two different names leave the title unsure, so nothing is served."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind

_REVEAL = re.compile(
    r"\b(?:reveal(?:s|ed)?|announce[sd]?|unveil(?:s|ed)?|confirm(?:s|ed)?)[ ](?:the|its)[ ]"
    r"(?:official[ ]|new[ ]|final[ ])?(?:title(?![\w-])(?![ ](?:track|song|sequence|card|role|"
    r"character))|name[ ]of[ ](?:the|its)[ ][^.,;]{0,40}?\b(?:film|movie|series|show|finale)\b)"
)
"""A reveal of the title itself (not a title track, a title role or a character's name)."""
_WORD = r"[A-Z][\w’'-]*"
_SMALL = r"(?:the|of|and|a|an|in|on|at|to|for|from|with)"
_NAMED = re.compile(
    rf"(?<![\w’'-])(?P<title>{_WORD}(?::?[ ](?:{_SMALL}[ ])*{_WORD}){{1,5}})(?![\w’'-])"
)
"""A run of capitalised words, perhaps with a colon: "X Ever After", "X Y: Tides"."""
_GENERIC = re.compile(
    r"(?:Season|Series|Seasons|Film|Movie|Fans?|Cast|Star|Stars|Trailer|Teaser|Review|Live|"
    r"Finale|Netflix|Episode|Book|Books|Novel|Comic|Creator|Director|Writer)\b"
)
"""A word after the name that says what of it is meant ("X Season Three", "X Fans"), no title."""


def told_apart_title(doc: Doc, context: Context, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The title an article names after saying it was revealed, where no title is served yet."""
    if doc.title_para is None or any(f.kind is ReleaseKind.TITLE and f.served for f in facts):
        return []
    top = doc.paras[doc.title_para]
    body = doc.text[: top.start] + doc.text[top.end :]  # the lede and the article
    if ("title" not in body and "name" not in body) or _REVEAL.search(body) is None:
        return []
    headline = doc.text[top.start : top.end].lower()
    found: dict[str, str] = {}
    for match in _NAMED.finditer(body):
        title = match["title"]
        if title.lower() in headline and _after_ours(title, context):
            found.setdefault(title, body[: match.end()].rsplit("\n", 1)[-1])
    if len(found) != 1:
        return []
    ((title, evidence),) = found.items()
    return [ReleaseFact(ReleaseKind.TITLE, evidence.strip(), title=title)]


def _after_ours(title: str, context: Context) -> bool:
    """Whether ``title`` opens with our production's name (every word of it ours, all before
    a colon if there is one) and goes on with words that are not a season, cast or the like."""
    main, colon, sub = title.partition(": ")
    if not colon:
        words = title.split()
        count = next((i for i, w in enumerate(words) if w not in context.ours), len(words))
        main, sub = " ".join(words[:count]), " ".join(words[count:])
    ours = bool(main) and all(word in context.ours for word in main.split())
    return ours and bool(sub) and _GENERIC.match(sub) is None
