"""An actor cast earlier in the article who then withdrew and was replaced, for
:func:`bot.extract.extract_facts`.

"Ada Vale withdrew from the film in May and was replaced by Tom Reyes.", "Vale was cast as Mira
but was replaced by Tom Reyes", "Vale left the
following month; the role of Mira was recast with Tom Reyes." and "Vale has now left the film,
and the part has gone to Tom Reyes." The leaver's casting becomes former, and the new actor
takes the leaver's one part (or the part the sentence names, if the leaver was cast in it).
A leaver with no casting, or with several parts and none named, changes nothing: the sentence
alone does not say which part moved.

Also a casting told in the past perfect ("Vale, who had been cast as Mira, moved to the lead")
when the article gives the part another actor: the first casting is former.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.castclaims import held_claims, held_doubted
from bot.extract.castdenied import held_denied
from bot.extract.castexitedleavers import exited_leavers_former
from bot.extract.castleftnowplays import left_now_plays
from bot.extract.castreplacing import replacements
from bot.extract.lexicon import LEFT_VERBS
from bot.extract.names import NAME
from bot.extract.people import People, is_full
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_THEN = r"(?:[ ](?:later|since|then|soon|eventually|subsequently|ultimately|swiftly|quickly))?"
"""A time word between the auxiliary and "replaced": "was later", "has since been"."""
_REPLACED_BY = (
    rf"(?:was|were|(?:has|had){_THEN}[ ]been|will{_THEN}[ ]be|is{_THEN}[ ]being)"
    rf"{_THEN}[ ]replaced[ ]by[ ]"
)
"""A successor's "replaced by", perhaps after a time word ("was later replaced by", "has since
been replaced by")."""
_LEFT = lazy_pattern(
    rf"(?P<old>{NAME})(?:[ ](?:(?:had[ ]|has[ ])?(?:now[ ]|since[ ])?"
    rf"(?:{LEFT_VERBS}|withdrawn|pulled[ ]out)\b)|(?:,[ ]who)?[ ](?:was|had[ ]been)[ ]"
    r"(?:originally[ ]|first[ ]|initially[ ])?(?:announced|cast|signed)[ ](?:as|to[ ]play)[ ]"
    rf"[^.;:“”\"]{{1,80}}?,?[ ]but(?=[ ]{_REPLACED_BY}|[ ]{LEFT_VERBS}\b[^.;:“”\"]{{0,40}}?"
    rf"[ ]and[ ]{_REPLACED_BY}))(?P<rest>[^.]*)"
)
"""The leaver: "X left (the film)", or "X was announced as P, but was replaced by Y", "X, who
was cast as P but left in March and was replaced by Y" (the casting told, then its end)."""
_NEW = lazy_pattern(
    rf"\b{_REPLACED_BY}(?P<new>{NAME})"
    rf"|\b(?:role|part)[ ]of[ ](?P<part>{NAME})[ ](?:was|has[ ]been|had[ ]been|will[ ]be)[ ]"
    rf"(?:recast|re-cast|filled)[ ](?:with|by)[ ](?P<new2>{NAME})"
    r"|,[ ]and[ ]the[ ](?:role|part)[ ](?:has[ ]gone|went|has[ ]passed|passed)[ ]to[ ]"
    rf"(?:(?:(?!(?:a|an|the|of|to|his|her|their)[ ])[a-z-]+[ ]){{0,3}}(?=[A-Z]))?(?P<new3>{NAME})"
    rf"|\b(?:and|but|while)[ ](?P<new4>{NAME})[ ](?:was|has[ ]been|had[ ]been)[ ]"
    r"(?:cast|signed|brought[ ]in)[ ]in[ ](?:his|her|their)[ ]place\b"
)
"""The successor: "was replaced by Y", "the role of P was recast with Y", or the leaver's
unnamed part given on in the next clause ("X has left, and the part has gone to (newcomer) Y",
never "to a friend of Y"), or "and Y was cast in his place"."""
_NEXT_NEW = lazy_pattern(
    r"(?:The|That|This)[ ](?:role|part)[ ](?:has[ ]now[ ]|has[ ])?(?:gone|went|passed)[ ]to[ ]"
    rf"(?P<new>{NAME})(?=[.;]|,[ ](?:who|a|an|the)\b|[ ]instead\b)"
)
"""The successor in the sentence after the leaving: "X has exited the film. The part has gone to
Y, who ..." (a fan site's or trade's recast news); not "went to Y in the 2019 stage version" nor
"has gone to Y, according to unconfirmed reports"."""
_SUCCESSOR_GROUPS = ("new", "new2", "new3", "new4")
"""The successor's group in each shape of ``_NEW`` (``_NEXT_NEW`` names it ``new``)."""
_LEFT_WHAT = lazy_pattern(
    r"[ ](?:from[ ]|out[ ]of[ ])?(?:(?P<the>the|his|her|their|its|a|an)[ ](?P<noun>[\w-]+)"
    r"|(?P<named>[A-Z][\w’'-]*))"
)
"""What the leaver left, when the words after the verb name it: "the film", "his band",
"Marrow Field"."""
_THE_WORK = lazy_pattern(
    r"(?:film|movie|show|series|production|project|role|part|cast|drama|sequel|season|play|"
    r"musical|set|shoot)$"
)
"""The work or the part: "left the film", "quit the role"."""
_ITS_PART = lazy_pattern(r"(?:role|part)$")
_A_TIME = lazy_pattern(r"(?:following|next|same|previous|day|week|fortnight|month|year|few)$")
"""A time, not a thing left: "left the following month", "quit a week later"."""
_CUES = (
    "replaced by",
    "recast with",
    " gone to ",
    " went to ",
    " passed to ",
    " in his place",
    " in her place",
    " in their place",
)


def withdrawals(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each replaced leaver's part former and its successor added, and each
    casting the next sentence doubts held."""
    cast = held_doubted(doc.text, held_denied(cast))
    cast = replacements(doc, people, exited_leavers_former(doc, cast))
    cast = left_now_plays(doc, people, cast)
    if not any(cue in doc.body for cue in _CUES):
        return cast
    headline = doc.headline
    for view, after in zip(doc.views, (*doc.views[1:], None), strict=True):
        told = _NEXT_NEW.match(after.chunk) if after and after.span.para == view.span.para else None
        if told is None and not any(cue in view.chunk for cue in _CUES):
            continue
        for left in _LEFT.finditer(view.chunk):
            new, end = _NEW.search(left["rest"]), view.span.end
            if new is None and told is not None and after is not None:
                new, end = told, after.span.end  # the successor in the next sentence
            if new is not None and not _left_the_work(left["rest"], headline):
                continue  # "Y left the band in 2019, and the part went to Z": not this work
            if new is not None:
                evidence = doc.text[view.span.start : end]
                cast = _moved(cast, people, left["old"], new, evidence)
    return cast


def _left_the_work(rest: str, headline: str) -> bool:
    """The leaving is of the work or the part: nothing named after the verb ("has exited",
    "left in May"), "the film", "her role" or the headline's own title; not "the stage show",
    "his band", "a ... sequel" or another title ("left Marrow Field")."""
    left = _LEFT_WHAT.match(rest)
    if left is None:
        return True
    if left["named"]:
        return left["named"] in headline
    if _A_TIME.match(left["noun"]):
        return True
    if left["the"] == "the":
        return _THE_WORK.match(left["noun"]) is not None
    return left["the"] not in ("a", "an") and _ITS_PART.match(left["noun"]) is not None


def _moved(
    cast: list[CastFact], people: People, old: str, new: re.Match[str], evidence: str
) -> list[CastFact]:
    leaver = people.resolve(old, first_name=True)  # only a person leaves: "Dev has exited"
    named = new.groupdict()
    successor = people.resolve(next((named[g] for g in _SUCCESSOR_GROUPS if named.get(g)), ""))
    if leaver is None or successor is None or not is_full(successor) or leaver == successor:
        return cast
    parts = {f.character for f in cast if f.actor == leaver}
    if named.get("part"):
        parts = {p for p in parts if named["part"] in (p, p.split()[0])}
    if len(parts) != 1:
        return cast
    part = parts.pop()
    moved = [
        replace(f, status=CastStatus.FORMER) if f.actor == leaver and f.character == part else f
        for f in cast
    ]
    people.add(successor)
    if not any(f.actor == successor and f.character == part for f in moved):
        moved.append(CastFact(successor, part, evidence))
    return moved


_HAD_BEEN_CAST = lazy_pattern(
    rf"(?P<actor>{NAME}),[ ]who[ ]had[ ](?:originally[ ]|first[ ]|initially[ ])?been[ ]"
    r"(?:cast|announced|signed)[ ](?:as|to[ ]play)[ ](?P<part>[^,;:()]{1,60})"
)


def superseded(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each "who had been cast as" part former when another actor now has it,
    and each departure only claimed held (see :mod:`bot.extract.castclaims`)."""
    if any(", who had " in fact.evidence for fact in cast):
        cast = [replace(f, status=CastStatus.FORMER) if _superseded(f, cast) else f for f in cast]
    return held_claims(cast)


def _superseded(fact: CastFact, cast: list[CastFact]) -> bool:
    if fact.status is not CastStatus.CURRENT or ", who had " not in fact.evidence:
        return False
    if not any(
        other.character == fact.character
        and other.actor != fact.actor
        and other.status is CastStatus.CURRENT
        for other in cast
    ):
        return False
    names = (fact.actor, fact.actor.rsplit(" ", 1)[-1])
    return any(
        m["actor"] in names and fact.character in m["part"]
        for m in _HAD_BEEN_CAST.finditer(fact.evidence)
    )
