"""Words a relative clause introduces: "She handed over to X, who said: “...”" are X's (the
name the clause hangs on), never the sentence subject's. A live blog or a report of an event
passes the floor this way from one speaker to the next.

A relative clause may also report the words with a subject of its own: "Jo asks about a second
series, which a Sunday paper reported last week was “...”" is the paper's, never Jo's."""

from __future__ import annotations

import re

from bot.extract.attribution import who_before
from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.speaker_employer_names import employer_staff
from bot.extract.speakers import Resolver, Speaker
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_WHERE_WHEN = (
    r"(?:us|me|him|her|them|reporters|journalists|fans|the|a|an|on|at|in|during|after|before|"
    r"last|this|that|night|week|weekend|morning|afternoon|evening|year|month|day|today|"
    r"yesterday|red|carpet|stage|panel|premiere|event|screening|festival|later|again|too|just|"
    r"then|also|only|to|room|audience|crowd|house|hall|auditorium|press|guests|viewers|"
    r"attendees|delegates|students|[a-z]+ly)"
)
"""Where, when, how and to whom a clause's speaker spoke: "who told the room on stage",
"who said to the crowd later"."""
_WHO_SAYS = lazy_pattern(
    rf",[ ]who[ ](?:then[ ]|later[ ]|also[ ]|simply[ ])?(?:[a-z]{{3,}}(?:ed|s)[ ]and[ ])?"
    rf"{SPEECH_VERBS}(?:[ ]{_WHERE_WHEN}){{0,6}}?"
    r"[ ]*:[ ]*$"
)
"""The clause may say where, when, how and to whom ("Words from Ada Vale, who told us on the
carpet last night: “...”", "who said simply:"), after what the speaker did first ("who laughed
and said only:"), and nothing else: an object may name another
source ("who shared a post from the studio account:", "who recalled what her director told
her:")."""

_WHICH_REPORTED = lazy_pattern(
    r",[ ](?:which|that)[ ](?P<who>(?:an?|one|the)[ ](?:[\w’'-]+[ ]){0,3}?[\w’'-]+)[ ]"
    r"(?:had[ ]|has[ ])?(?:reported|claimed|suggested|said|wrote|revealed)\b[^,;:]*$"
)
"""A relative clause reporting the words with its own subject: ", which a paper reported was"."""


def relative_sayer(resolver: Resolver, pre: str, start: int) -> Speaker | None:
    """The speaker of a quote after "X, who said:" (``pre`` starts at ``start``): X, or no one
    when X names no one we can place; after ", which a paper reported was", the paper; None
    when no such clause is there."""
    reported = _WHICH_REPORTED.search(pre) if ", " in pre else None
    if reported is not None:  # the clause's own subject: an unnamed source, else no one
        found = resolver.who(reported["who"], start + reported.start("who"), "")
        if found is not None and _named_in(found, pre[: reported.start()]):
            found = None  # "the actress" found as the main clause's own subject: unsure
        return found or Speaker("", SourceKind.UNATTRIBUTED, "")
    if ", who " not in pre:
        return None
    clause = _WHO_SAYS.search(pre)
    if clause is None:
        return None
    named = who_before(pre, clause.start() + len(", who "))
    if named is None:
        return None
    found = resolver.who(named["name"], start + named.start(), pre[named.start() :].strip(" :"))
    if found is None or found.source is SourceKind.UNATTRIBUTED:
        return Speaker("", SourceKind.UNATTRIBUTED, "")
    return employer_staff(resolver, pre, named.start(), start, found)  # "X of Dun Reach, who"


_NAMED_THING = (
    r"(?:it|them|the[ ](?:film|show|series|script|book|story|project|part|role|character|"
    r"episode|season|play|score|ending))"
)
"""What a clause's subject gives a name to: ", who has called it “...”" (the work or a part of
it, never a person, who may be the one quoted)."""
_WHO_JUDGES = lazy_pattern(
    r",[ ]who[ ](?:then[ ]|later[ ]|also[ ]|has[ ]|had[ ]|once[ ]){0,2}"
    r"(?:(?:praised|thanked|hailed|credited|called|described|dubbed|saluted)[ ]"
    r"(?:[\w’'-]+[ ]){1,6}?(?:for[ ](?:having[ ]|being[ ])?|as[ ](?:being[ ])?)"
    rf"(?:a[ ]|an[ ]|the[ ])?|(?:called|dubbed|label(?:l)?ed|branded)[ ]{_NAMED_THING}[ ])$"
)
"""", who praised Tom for having “...”", ", who has called it “...”" with no colon: the words
the clause's subject judged or named with, set inside the clause."""


_NAMED_JUDGES = lazy_pattern(
    rf"(?:^|[.;!?][ ]+)(?P<name>{NAME})[ ](?:then[ ]|later[ ]|also[ ]|once[ ])?"
    r"(?:praise[sd]|thank(?:s|ed)|hail(?:s|ed)|credit(?:s|ed)|salute[sd]|applaud(?:s|ed)|"
    r"commend(?:s|ed)|admire[sd]|laud(?:s|ed)|compliment(?:s|ed)|celebrate[sd]|blame[sd]|"
    r"critici[sz]e[sd]|fault(?:s|ed)|mock(?:s|ed)|tease[sd]|chide[sd])[ ]"
    r"(?:[\w’'-]+[ ]){1,6}?for[ ](?:having[ ]|being[ ])?(?:a[ ]|an[ ]|the[ ]|his[ ]|her[ ]|"
    r"their[ ])?$"
)
"""A sentence's own named subject judging someone for words in marks, in praise or in blame
("Vale praises him for “...”", "Vale teases him for his “...” habit"): the words are the
judge's, never the sentence before's subject going on."""


def relative_judge(resolver: Resolver, pre: str, start: int) -> Speaker | None:
    """The speaker of a fragment after "X, who praised Y for “...”" or "X praises Y for “...”":
    X (a person), or None."""
    if (judge := _NAMED_JUDGES.search(pre)) is not None:
        found = resolver.who(judge["name"], start + judge.start("name"), "")
        return found if found is not None and found.source is SourceKind.PERSON else None
    if ", who " not in pre:
        return None
    clause = _WHO_JUDGES.search(pre)
    if clause is None:
        return None
    named = who_before(pre, clause.start() + len(", who "))
    if named is None:
        return None
    found = resolver.who(named["name"], start + named.start(), "")
    return found if found is not None and found.source is SourceKind.PERSON else None


def _named_in(found: Speaker, main: str) -> bool:
    """Whether the person ``found`` is named in ``main``, the clause the relative clause hangs
    on: "Lind talked about the sequel, which the actress said was" is never Lind's."""
    parts = found.name.split() if found.source is SourceKind.PERSON else []
    return any(re.search(rf"\b{re.escape(part)}\b", main) for part in parts)
