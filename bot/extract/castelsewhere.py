"""Castings the article tells of another work, for :func:`bot.extract.extract_facts`.

Two places an actor's part belongs to a work this article is not about, read in the sentence a
casting came from:

* a relative clause on a work: "The first Moon Harbour, which starred Ada Vale as the voice of
  Pip, ..." (the casting is that work's);
* a relative clause on the actor that sets the part in a named work: "Vale, who spent two
  seasons as Lady Ashby in Crown Lane, ..." or "who won a Bafta for playing X in “Y”" (the
  part is that work's);
* a work named, then whom it stars: "“The Salt Year,” starring Ada Vale as ..." or "Lumen
  (2009), a quiet drama starring Ada Vale as ...".

The work must be one the article is not about; a casting of this article's own production
("Marlow, which stars Ada Vale as Mira") stays.
"""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CastFact

_WORK_WHICH = re.compile(
    rf"(?P<work>{NAME}),[ ](?:which|in[ ]which)[ ](?:also[ ])?(?:starred|featured|co-starred|"
    rf"saw|had)[ ](?P<actor>{NAME})[ ](?:as|play(?:ing)?)[ ]"
)
_WHO_AS_IN = re.compile(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:had[ ]|has[ ])?(?:spent|played|starred|appeared|"
    r"was[ ]seen|was[ ]best[ ]known|won|earned|received|took|was[ ]nominated)\b[^,;:()]{0,40}?"
    r"[ ](?:as|playing|portraying)[ ](?P<part>[^,;:()]{1,60}?)[ ]in[ ]"
    rf"(?:the[ ](?:[a-z]+[ ]){{0,2}})?[“\"‘']?(?P<work>{NAME})"
)
_WORK_STARRING = re.compile(
    rf"(?:[“\"‘'](?P<quoted>[^“”\"‘’]{{1,60}}?),?[”\"’]|(?P<work>{NAME})(?:[ ]\(\d{{4}}\))?,)"
    r"(?:[ ](?:a|an|the)[ ][^;:()“”\".]{1,80}?)?[ ](?:starring|co-starring|which[ ]stars|"
    rf"which[ ]starred)[ ](?P<actor>{NAME})[ ](?:as|playing)[ ]"
)
"""A work named, then the actor it stars: "“The Salt Year,” starring Ada Vale as ...", "Lumen
(2009), a quiet drama starring Ada Vale as ..."."""


def drop_elsewhere(cast: list[CastFact], context: Context) -> list[CastFact]:
    """``cast`` without the castings told as another work's."""
    return [fact for fact in cast if not _elsewhere(fact, context)]


def _elsewhere(fact: CastFact, context: Context) -> bool:
    text = fact.evidence
    if "starr" in text and _stars_elsewhere(fact, text, context):
        return True
    if ", which " not in text and ", in which " not in text and ", who " not in text:
        return False
    surname = fact.actor.rsplit(" ", 1)[-1]
    which = ", which " in text or ", in which " in text
    for match in _WORK_WHICH.finditer(text) if which else ():
        if _same(match["actor"], fact.actor, surname) and not ours(match["work"], context):
            return True
    if ", who " not in text or " in " not in text:
        return False
    for match in _WHO_AS_IN.finditer(text):
        if (
            _same(match["actor"], fact.actor, surname)
            and fact.character in match["part"]
            and not ours(match["work"], context)
        ):
            return True
    return False


def _stars_elsewhere(fact: CastFact, text: str, context: Context) -> bool:
    surname = fact.actor.rsplit(" ", 1)[-1]
    for match in _WORK_STARRING.finditer(text):
        work = match["quoted"] or match["work"]
        if _same(match["actor"], fact.actor, surname) and not ours(work, context):
            return True
    return False


def _same(written: str, actor: str, surname: str) -> bool:
    return written in (actor, surname)


_ARTICLES = frozenset({"The", "A", "An"})


def ours(work: str, context: Context) -> bool:
    """Whether a title may name this article's production: a word of it is one of its titles or
    is in the headline (articles and small words aside)."""
    words = [w for w in work.split() if w[:1].isupper() and w not in _ARTICLES]
    return not words or any(context.is_known(w) for w in words)
