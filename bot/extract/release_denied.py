"""The last check on a release date or window: one stated in a sentence that denies it.

"No, it is not getting a cinema release on 1 May", "The film won't be out in March, whatever
the rumours say": the date is the one the sentence says is wrong, whatever rule read it. A
denial that only moves the date ("is not out until 3 May", "won't arrive before 2027, but ...")
still dates the release, so it is left alone; so is a denial a colon closes before the makers'
confirmed date ("That isn't happening: the studio has confirmed it opens on 3 May"). The fact
is held, not dropped.

The writer's own guess to the reader is no plan either: "don't expect one until next year", "we
wouldn't hold our breath for anything before spring", whatever kind of date it gave.
"""

from __future__ import annotations

import calendar
import re

from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_DENIED = lazy_pattern(
    r"\b(?:(?:is|are|was|were|will|it['’]s)[ ](?:not|never)|isn['’]t|aren['’]t|wasn['’]t|"
    r"won['’]t|weren['’]t)[ ](?:be[ ])?(?:getting|coming[ ]out|coming|released|releasing|out|"
    r"opening|arriving|premiering|landing|hitting|dropping|streaming|airing|debuting|happening)\b"
)
"""A release verb denied: "is not getting", "won't be out", "isn't arriving", "is not happening"."""
_NONE_COMING = lazy_pattern(
    r"\b[Tt]here(?:[ ]is|[’']s|[ ]are|[ ]will[ ]be)[ ](?:not|NOT|no|NO)[ ]|\b[Tt]here[ ]"
    r"(?:isn[’']t|aren[’']t|won[’']t[ ]be)[ ]"
)
_COMING = lazy_pattern(
    r"(?:an?[ ])?(?:[\w’'-]+[ ]){0,5}?(?:coming|arriving|landing|dropping|planned|due|"
    r"scheduled|out|(?:release|premiere|launch|screening|showing)(?=[ ](?:on|in|for)[ ]))\b"
)
"""A work said not to exist: "there is NOT a holiday special coming in December", "there isn't
a second film arriving in May", "there is NO cinema release on 3 May"."""
_STILL_DATED = lazy_pattern(
    r"\b(?:until|till|til|before|after|but|instead|rather|only|later|earlier|yet|either)\b"
)
"""Words after a denial that still date the release ("not out until May", "but in June")."""
_CONFIRMED_AFTER = lazy_pattern(
    r"[^.;:]{0,40}(?::|[ ][–—])[ ][^:;]{0,60}?\b(?:has|have)[ ](?:now[ ]|officially[ ]|since[ ])?"
    r"(?:confirmed|announced|set|revealed|dated)[ ](?:that[ ])?(?:the|it|its|a|an|\d)"
)
"""A denial that a colon or a dash closes before the makers' word on the date: "That isn't
happening: Netflix has confirmed the film will stream from ...", "It's not happening – Sky has now
set a 3 May date" (the denial is of the rumour before). The word must give a date itself
(:func:`_told_after`): "...: Netflix has confirmed it has been delayed" gives none."""

_DATED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW})
_GUESSED = lazy_pattern(
    r"\b(?:don['’]t|do[ ]not|wouldn['’]t|would[ ]not|shouldn['’]t|I['’]d[ ]not)[ ]"
    r"(?:expect|hold[ ](?:our|your|my|their)[ ]breath|bet[ ]on|count[ ]on|bank[ ]on)\b"
)
"""The writer's guess told to the reader: "don't expect", "wouldn't hold our breath"."""
_PLANNED = _DATED | {ReleaseKind.FILMING_PLANNED}


def denied(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, each release date or window whose sentence denies it, and each date the
    writer only guesses, held."""
    return [_checked(fact) if fact.kind in _PLANNED else fact for fact in facts]


def _checked(fact: ReleaseFact) -> ReleaseFact:
    evidence = fact.evidence
    if ("n't " in evidence or "n’t " in evidence or "not " in evidence) and _GUESSED.search(
        evidence
    ):
        return held(fact, "the writer's guess")
    if fact.kind not in _DATED:
        return fact
    if "here" in evidence and _none_coming(evidence):
        return held(fact, "a sentence denies it")
    if "not " not in evidence and "n't " not in evidence and "n’t " not in evidence:
        return fact
    denial = _DENIED.search(evidence)
    if denial is None or _STILL_DATED.search(evidence, denial.end()):
        return fact
    confirmed = _CONFIRMED_AFTER.match(evidence, denial.end())
    if confirmed is not None and _told_after(fact, evidence[confirmed.end() - 1 :]):
        return fact  # "That isn't happening: Netflix has confirmed it streams from 17 April"
    return held(fact, "a sentence denies it")


def _none_coming(evidence: str) -> bool:
    """The sentence says no such work is coming, and turns to no other date after."""
    for match in _NONE_COMING.finditer(evidence):
        coming = _COMING.match(evidence, match.end())
        if coming is not None and not _STILL_DATED.search(evidence, coming.end()):
            return True
    return False


def _told_after(fact: ReleaseFact, after: str) -> bool:
    """The fact's month (or year) is written in the makers' word after the denial ("...: Sky has
    announced that the film opens on 3 May"), not only in the denied part before it."""
    start = fact.date.isoformat() if fact.date else (fact.window or "").split("/")[0]
    if not start:
        return False
    if len(start) == 4:
        return start in after
    month = calendar.month_name[int(start[5:7])]
    return re.search(rf"\b{month[:3]}", after) is not None
