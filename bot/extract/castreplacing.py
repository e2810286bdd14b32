"""A successor named against a leaver, for :mod:`bot.extract.castwithdrawals`.

* "Mira Holt, now played by Ada Vale, ... Vale replaces Lena Moss, who left": the leaver had
  the successor's one part (told in that sentence or the one just before): former.
* "Ada Vale is in it as Mira. She replaced Lena Moss in August.": a pronoun is the one actor
  the sentence before casts;
* "Tom Reyes, who was cast as Gus Penn, has left. The role has been recast, with Kai Lund
  replacing him.": the successor takes the one part the sentence before says was left.

Only one part fits, and only in the sentence or the one just before (a new paragraph may
open with the replacement; a successor with no part may look one sentence further back within
its paragraph); anything else is left
unread (a replacement "as" something names its own part or a job).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.extract.lexicon import LEFT_VERBS, MONTH_PATTERN
from bot.extract.names import NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc, View
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_HINT = ("replac", "succeed", "recast", "stepped into", "steps into", "take over", "takes over",
         "taking over", "taken over", "took over", "gone to", "goes to", "went to",
         "passed to", "passes to", "announced for")  # fmt: skip
_LEFT_WHAT = (
    r"[ ](?:from[ ])?(?:the|this|that)[ ](?:project|role|part|production|show|film|series)\b"
    r"|[ ](?:owing|due|because|amid|over|after|before|following|citing|last|this|earlier|"
    r"in[ ](?:the[ ])?(?:spring|summer|autumn|winter|weeks?|days?))\b"
    r"|[ ]for[ ](?:personal|family|health|other)\b"
)
"""What a leaving of the part may be followed by: the part or project, a reason or a time (not
another object: "quit drama school", "left the shortlist")."""
_NEW_OVER_OLD = lazy_pattern(
    rf"(?P<new>{NAME})(?:,[ ](?:the|a|an)[ ][^,.;:()]{{1,60}},|,[ ][1-9][0-9],)?[ ]"
    r"(?:now[ ]|officially[ ])?(?:replaces|replaced|has[ ]replaced|"
    rf"is[ ]replacing|will[ ]replace|succeeds|succeeded)[ ](?P<old>{NAME})"
    r"(?:[ ]in[ ]the[ ](?:role|part)(?:[ ][a-z][^,.;:“”\"]{0,30})?"
    r"(?:[ ](?:in|on|last|this|earlier|after|following|when|because)\b[^.;:“”\"]{0,80})?)?"
    rf"(?:[ ](?:in|last|this)[ ](?:{MONTH_PATTERN}|spring|summer|autumn|winter))?"
    rf"(?=[.;]|$|,[ ]who[ ](?:has[ ]|had[ ])?(?:{LEFT_VERBS}|leaves|quits|exits)\b"
    r"|,[ ]who[ ](?:was|had[ ]been|has[ ]been)[ ](?:(?:originally|initially|first)[ ])?"
    r"(?:attached|announced|cast|set|signed|confirmed|lined[ ]up)\b[^.;:“”\"]{1,80}?"
    r"[ ](?:but|and)[ ](?:has[ ]|had[ ])?(?:since[ ]|now[ ]|then[ ])?"
    rf"(?:{LEFT_VERBS}|withdrawn|leaves|quits|exits)(?=[.;,]|$|{_LEFT_WHAT})"
    r"|,[ ]whose[ ](?:casting|hiring)[ ](?:had[ ]been|was)[ ](?:announced|confirmed|revealed)\b)"
)
"""The leaver ends the clause or is told leaving ("replaces Lena Moss, who left the show"), maybe
after the clause tells the hold they had ("who was attached to the part until May but has since
exited", "who was announced for it but has withdrawn from the project"), the leaving told of the
part or project, or alone: "replaced Moss, who had been the favourite (but withdrew)" or "who
starred in X and quit drama school" is no departure; a leaver whose casting
was told before had the part ("replaces Lena Moss, whose casting was announced in May"). After
"in the role" a time or a reason may follow ("replaced Moss in the role in May after Moss was
injured"). An aside may stand after the successor ("Vale, the Lumen star, replaces Moss")."""
_PRONOUNS = frozenset(("She", "He", "They"))
"""A successor told by pronoun: the one actor the sentence before casts."""
_NEW_FOR_PRONOUN = lazy_pattern(
    rf"\b(?:recast|re-cast),?[ ]with[ ](?P<new>{NAME})[ ](?:replacing|succeeding)[ ]"
    r"(?:him|her|them)\b"
)

_NEW_IN_ROLE = lazy_pattern(
    rf"(?:(?P<new>{NAME})(?:,[ ][1-9][0-9],|[ ]\([^()]{{1,60}}\))?[ ](?:(?:has[ ]|will[ ])?"
    r"(?:stepped|steps|step)[ ]"
    r"into[ ](?:the|her|his|their)[ ](?:role|part|shoes)|(?:(?:will|is[ ]set[ ]to|is[ ]to)[ ]take"
    r"|takes|(?:has[ ]|had[ ])?(?:now[ ])?(?:taken|took))[ ]over(?:[ ]the[ ](?:role|part))?)"
    rf"|\bwith[ ](?P<taker>{NAME})[ ](?:taking[ ]over|stepping[ ]in))(?=[.;,]|$|[ ]and[ ])"
)
"""A successor told with no part, in the leaver's sentence or the next: "X has left, and Y has
stepped into the role", "Y, 19, takes over the part", "Y (Lumen) takes over", "the part has
been recast, with Y taking over"."""
_ROLE_GOES_TO = lazy_pattern(
    r"\b(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir)[ ](?:role|part)[ ](?:has[ ](?:now[ ])?(?:gone|passed)|"
    rf"goes|went|passes|passed|will[ ]go)[ ]to[ ](?P<new>{NAME})"
)
"""A successor the left part passes to: "X has left the film. The role has gone to Y"."""
_ANNOUNCED_FOR = lazy_pattern(
    r"\b(?:The|the|That|that)[ ](?:role|part)[ ](?:was|had(?:[ ]been)?)[ ]"
    r"(?:originally|initially|first)(?:[ ]been)?[ ]announced[ ]for[ ]"
    rf"(?P<old>{NAME}),[ ]who[ ](?:then[ ]|later[ ])?{LEFT_VERBS}\b"
)
"""A leaver of the part the sentence before casts anew: "Mira is now played by X. The part was
originally announced for Y, who withdrew in May"."""


def replacements(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each leaver a successor's sentence names made former, and each successor
    of a leaver named just before given the part."""
    if not cast or not any(word in doc.body for word in _HINT):
        return cast
    for index, view in enumerate(doc.views):
        if not any(word in view.chunk for word in _HINT):
            continue
        near = doc.views[max(index - 1, 0) : index + 1]
        evidence = doc.text[view.span.start : view.span.end].strip()
        for match in _NEW_OVER_OLD.finditer(view.chunk):
            cast = _left(cast, people, match, _texts(doc, near), evidence)
        if index and "announced for" in view.chunk:
            for match in _ANNOUNCED_FOR.finditer(view.chunk):
                cast = _announced(cast, people, match["old"], _texts(doc, near[:1]), evidence)
        if index:
            for match in _NEW_FOR_PRONOUN.finditer(view.chunk):
                cast = _took(cast, people, match["new"], _texts(doc, near[:1]), evidence)
        for match in [*_NEW_IN_ROLE.finditer(view.chunk), *_ROLE_GOES_TO.finditer(view.chunk)]:
            new = match["new"] or match.groupdict().get("taker") or ""
            cast = _took(cast, people, new, _texts(doc, _leaver_views(doc, index)), evidence)
    return cast


def _leaver_views(doc: Doc, index: int) -> Sequence[View]:
    """The sentence, the one before, and one more before that in the same paragraph ("X has
    left the film. She cited scheduling. Y takes over the role.")."""
    first = max(index - 1, 0)
    if index >= 2 and doc.views[index - 2].span.para == doc.views[index].span.para:
        first = index - 2
    return doc.views[first : index + 1]


def _texts(doc: Doc, views: Sequence[View]) -> str:
    return " ".join(doc.text[v.span.start : v.span.end] for v in views)


def _told_in(fact: CastFact, text: str) -> bool:
    return fact.evidence.strip() in text or text.strip() in fact.evidence


def _left(
    cast: list[CastFact], people: People, match: re.Match[str], near: str, evidence: str
) -> list[CastFact]:
    successor, leaver = people.resolve(match["new"]), people.resolve(match["old"])
    if match["new"] in _PRONOUNS:
        told = {f.actor for f in cast if f.status is CastStatus.CURRENT and _told_in(f, near)}
        successor = told.pop() if len(told) == 1 and near != evidence else None
    if successor is None or leaver is None or successor == leaver or not is_full(leaver):
        return cast
    parts = {f.character for f in cast if f.actor == successor and f.status is CastStatus.CURRENT}
    if len(parts) != 1:
        return cast
    part = parts.pop()
    if not any(f.actor == successor and f.character == part and _told_in(f, near) for f in cast):
        return cast
    if any(f.actor == leaver and f.character != part for f in cast):
        return cast  # the leaver has a part of their own here: which one moved is not told
    kept = [f for f in cast if not (f.actor == leaver and f.character == part)]
    return [*kept, CastFact(leaver, part, evidence, status=CastStatus.FORMER)]


def _took(
    cast: list[CastFact], people: People, new: str, before: str, evidence: str
) -> list[CastFact]:
    successor = people.resolve(new) or (new if is_full(new) else None)
    if successor is None or not is_full(successor):
        return cast
    left = {
        f.character
        for f in cast
        if f.status is CastStatus.FORMER and (_told_in(f, before) or f.actor in before)
    }
    if len(left) != 1:
        return cast
    part = left.pop()
    if any(f.actor == successor for f in cast):
        return cast
    people.add(successor)
    return [*cast, CastFact(successor, part, evidence)]


def _announced(
    cast: list[CastFact], people: People, old: str, before: str, evidence: str
) -> list[CastFact]:
    leaver = people.resolve(old) or (old if is_full(old) else None)
    parts = {f.character for f in cast if f.status is CastStatus.CURRENT and _told_in(f, before)}
    if leaver is None or not is_full(leaver) or len(parts) != 1:
        return cast
    part = parts.pop()
    if any(f.actor == leaver for f in cast):
        return cast
    people.add(leaver)
    return [*cast, CastFact(leaver, part, evidence, status=CastStatus.FORMER)]
