"""Who cast someone, for :mod:`bot.extract.cast`: never the actor of the part.

"She was cast by Tom Reed as Mira Holt", "hand-picked by director Kai Lund as Noor Bell",
"chosen by Rhea Stone to play Gus": the name after "by" is the one who cast, the part is
someone else's (the subject's, often in another work), so no "Tom Reed as Mira Holt" is read;
nor is the subject of an active casting verb ("Jane Roe, who cast her as Mira") the actor.
A name that itself recasts a part ("ITV's Lark Fen has recast the role of Dr Ada Moss") is the
show or studio doing the casting, never the part's actor.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_CASTER_BEFORE = lazy_pattern(
    r"\b(?:cast|recast|chosen|picked|hand-picked|handpicked|selected|hired|tapped|enlisted|"
    r"approached|auditioned)[ ](?:personally[ ])?by[ ](?:(?:the[ ])?[a-z][\w-]*[ ]){0,2}$"
)
"""A casting verb and "by" (and a job: "director") just before the name."""


_RECASTS_AFTER = lazy_pattern(
    r"[ ](?:(?:has|have|had)[ ](?:now[ ])?)?re-?casts?[ ](?:the[ ])?(?:role|part)[ ]of[ ]"
)
"""The name recasting a part: "X has recast the role of Y" (a show or a studio)."""


def a_caster(chunk: str, match: re.Match[str]) -> bool:
    """The match's actor is named right after "cast by" and the like, or recasts the part
    itself: the caster."""
    if _CASTER_BEFORE.search(chunk, max(match.start() - 60, 0), match.start()) is not None:
        return True
    actor_end = match.end("actor") if "actor" in match.re.groupindex else -1
    return actor_end >= 0 and _RECASTS_AFTER.match(chunk, actor_end) is not None


_CASTER = lazy_pattern(
    r"\b(?<!\bwas[ ])(?<!\bwere[ ])(?<!\bbeen[ ])(?<!\bbe[ ])(?<!\bis[ ])(?<!\bare[ ])"
    r"(?:cast|hired|chose|picked|recruited)[ ](?:her|him|them|me|us|[A-Z][\w’'-]*"
    r"(?:[ ][A-Z][\w’'-]*)?|(?:a|an|the|his|her|their|this|that)[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?:actor|actress|actors|unknown|newcomer|teenager|child|boy|girl|woman|man|player|"
    r"performer|comedian|singer|star|debutant|graduate|student|local))$"
)
"""The lead ends in casting someone, by a pronoun, a name or a kind of person: "Jane Roe, who
cast her as Y", "Roe on why she cast a first-time actor as Y" (Roe cast; someone else plays;
"who was cast as Y" is the actor's own casting)."""


def cast_someone(lead: str) -> bool:
    """Whether ``lead`` (the words between a name and "as") ends in that name casting someone:
    the name is who cast the part, not who plays it."""
    return _CASTER.search(lead) is not None
