"""A day named from the article's date in a clause told in the past: the day just gone.

"Fans had queued since noon for the gala on Monday evening, four days before it opens on
Thursday": the gala's Monday is the one before the article, so a date counted from it is too.
A plan told in the past perfect ("had been due on Friday", "had planned to open on Friday") is
not an event that happened, and is left to the rules for given-up plans. So is a participle
after "after" or "since" ("lands on Netflix today after premiering in Leeds on Tuesday night"):
it comes before the clause it hangs on, unless that clause is still to come ("will open ...").

A day set off in an aside after a comma ("The film landed on Netflix two days later, on Friday")
takes its tense from the clause before the comma. A weekday told as a habit ("went out on Sunday
nights from 7 May") is a slot in the schedule, not a day counted from the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.dates import RELATIVE_DAY_RE
from bot.extract.release_words import FILMING_NOUN, FUTURE, STARTED, WE_WRAPPED, WRAPPED
from bot.lazy_patterns import lazy_pattern

_TOLD_PAST = lazy_pattern(
    r"\b(?:had[ ](?!been\b|due\b|planned\b|hoped\b|intended\b|expected\b|meant\b|wanted\b|"
    r"scheduled\b|set\b|slated\b|pencil)[a-z]+|(?:was|were)[ ](?:held|staged|hosted|thrown)|"
    r"(?:gathered|queued|lined[ ]up|waited|crowded|packed|thronged|"
    r"(?<![\w-])(?:re-?)?watched|binged)[ ]|"
    r"(?<!had[ ])(?:dropped|premiered|debuted|landed|arrived|launched|"
    r"opened(?=[ ](?:in|at|on|across)[ ][^,;.]{0,40}?\b(?:cinemas|theatres|theaters|screens)\b)|"
    r"(?:was|were)[ ]released|released|"
    r"came[ ]out|(?:began|started)[ ](?:streaming|airing|screening|showing)|"
    r"made[ ](?:its|their|a)[ ](?:[\w-]+[ ])?(?:debut|bow|premiere)|"
    r"became[ ]available|(?:was|were)[ ]made[ ]available)\b)"
)
"""A verb told in the past: "had queued", "had gathered", "was held", "gathered", "queued"; a
viewing gone by ("I watched it on Friday, the day it dropped"); a release gone by: "dropped on
Netflix on", "premiered on", "began streaming on", "made its debut on", "Streamly released Tin
Lane on" (not "is released on" or "will be officially released on": still to come,
:data:`_TO_BE`), "opened in cinemas on", "opened on 400 screens" (not any opening: "opened up
about", "bookings opened"); made available: "became available worldwide on"."""
_TO_BE = lazy_pattern(r"\b(?:be|is|are|being|gets?)[ ](?:[a-z]+ly[ ])?$")
"""Right before "released", one still to come: "is released", "will be officially released"."""
_NOW = lazy_pattern(r"\b(?:will|is|are|opens|lands|arrives|streams|premieres|debuts)\b")
"""A verb still to come after the past one ("fans who had waited years will see it on Friday"):
the day is that verb's."""


_AFTER_DOING = lazy_pattern(
    r"\b(?:after|since)[ ][a-z]+ing\b|"
    r"\b(?:went|came|rose|climbed|shot|was|were|[a-z]{3,}ed)[ ][^,;]*?\bafter[ ]"
    r"(?:its|the|their)[ ](?:release|premiere|debut|launch|arrival)[ ]?$|"
    r"\bbetween[ ](?:its|the|their)[ ](?:release|premiere|debut|launch|arrival)[ ]?$|"
    r"\b(?:marked|celebrated|toasted|greeted|welcomed)[ ](?:its|the|their)[ ]"
    r"(?:release|premiere|debut|launch|arrival)(?:[ ]of[ ][^,;]{1,60}?)?[ ]?$|"
    r"\b(?:days|weeks|hours)[ ](?:after|since)[ ](?:its|the|their)[ ]"
    r"(?:release|premiere|debut|launch|arrival)[ ]?$"
)
"""A participle the clause's own event follows: "after premiering", "since opening"; or a
release named as a noun after a verb told in the past ("went to number one after its release
on Friday"); or a count taken from a release to a later point ("views between its release on
Friday and Sunday night", "views in the four days after its release on Friday"), or a release
a past verb greets ("the cast marked the release of Tin Lane on Friday"): the release came
before, so it is gone by."""


def told_past(clause: str) -> bool:
    """The clause before a named day tells it in the past: the day just gone, and so is a date
    counted from it."""
    if _AFTER_DOING.search(clause) is not None and FUTURE.search(clause) is None:
        return True
    told = next((m for m in _TOLD_PAST.finditer(clause) if not _to_be_released(clause, m)), None)
    return told is not None and _NOW.search(clause, told.end()) is None


def _to_be_released(clause: str, told: re.Match[str]) -> bool:
    """Whether the verb found is a bare "released" still to come (:data:`_TO_BE`)."""
    at = told.start()
    return told.group() == "released" and _TO_BE.search(clause, max(at - 30, 0), at) is not None


def told_ahead(clause: str) -> bool:
    """The clause before a named day tells it as still to come ("will close the festival on")."""
    return FUTURE.search(clause) is not None or _NOW.search(clause) is not None


def shot_past(chunk: str, before: str) -> bool:
    """The words before a named day say the shoot began or wrapped then ("filming began on
    Monday", "the film wrapped on Friday"): the day just gone."""
    shoot = FILMING_NOUN.search(chunk) is not None or WE_WRAPPED.search(before) is not None
    verbs = [m for p in (STARTED, WRAPPED) for m in p.finditer(before)]
    return shoot and any(
        _PRESENT.fullmatch(m.group()) is None and not _ahead_of(before, m) for m in verbs
    )


def _ahead_of(before: str, verb: re.Match[str]) -> bool:
    """A shoot's participle after "ahead of" ("cast ahead of cameras rolling on Monday"): the
    day is still to come, whatever tense the sentence's own verb has."""
    return verb.group().endswith("ing") and _AHEAD_OF.search(before, 0, verb.start()) is not None


_PRESENT = lazy_pattern(r"(?:begins|starts|kicks[ ]off|wraps)")
"""A shoot verb in the plain present ("starts shooting on Monday"): a day still to come."""
_AHEAD_OF = lazy_pattern(r"\bahead[ ]of[ ](?:[\w’'-]+[ ]){0,3}$")
_HABIT = lazy_pattern(r"[ ](?:nights|mornings|afternoons|evenings)\b")
"""A plural part of the day after a weekday: "on Sunday nights", a slot told as a habit."""
_ASIDE_HEAD = lazy_pattern(r"[^,;:]*$")


def named_days(chunk: str) -> Iterator[re.Match[str]]:
    """Days named from the article's date, less a weekday told as a habit ("aired on Tuesday
    evenings from 4 May": a slot, not the coming Tuesday)."""
    for match in RELATIVE_DAY_RE.finditer(chunk):
        if not (match["weekday"] and _HABIT.match(chunk, match.end("weekday"))):
            yield match


def aside_or(chunk: str, at: int, clause: str) -> str:
    """The clause a day at ``at`` is told in: for a day set off after a comma with nothing else
    in its clause ("It arrived in shops a week later, on Monday"), the clause before the
    comma."""
    if clause.strip() or not chunk.endswith(", ", 0, at):
        return clause
    head = _ASIDE_HEAD.search(chunk, 0, at - 2)
    return head.group() if head is not None else clause
