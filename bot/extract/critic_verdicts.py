"""A critic who calls the work something, unnamed: the verdict is the critic's, not the work's.

A live blog or round-up passes on a review in one clause: "Reviews have been kind: our critic
called it “a slow, radiant thing”", "the Gazette's reviewer described the film as “...”". The
work is the clause's object, never its speaker; the critic, named by role alone, is an unnamed
source. A critic named in the clause ("our critic Ivo Marsh called it") is left to the rules
for named speakers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_VERDICT = lazy_pattern(
    r"\b(?P<who>(?:(?:[Oo]ur|[Tt]heir|[Tt]he|[Aa]|[Oo]ne)[ ])?(?:[A-Z][\w&-]*(?:[ ][A-Z][\w&-]*)?"
    r"(?:’s|'s)[ ])?(?:film[ ]|chief[ ]|TV[ ]|lead[ ])?(?:critic|reviewer))[ ]"
    r"(?:has[ ]|had[ ])?(?:called|calls|described|describes|dubbed|hailed)[ ]"
    r"(?:it|the[ ](?:film|series|show|play|season)|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})"
    r"(?:[ ]as)?[ ][“\"‘']?$"
)
_REACH = 90


def critic_verdict(text: str, start: int, fact: QuoteFact) -> QuoteFact | None:
    """``fact`` (a quotation opening at ``start``) credited to the unnamed critic whose clause
    calls the work by its words, or None."""
    before = text[max(0, start - _REACH) : start]
    if "critic" not in before and "reviewer" not in before:
        return None
    found = _VERDICT.search(before)
    if found is None:
        return None
    who = re.sub(r"^(?:[Oo]ur|[Tt]heir|[Tt]he|[Aa]|[Oo]ne)[ ]", "", found["who"])
    clause = found.group().rstrip(" “\"‘'")
    return replace(fact, speaker=who, source=SourceKind.UNNAMED, attribution=clause)
