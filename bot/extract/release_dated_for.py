"""A release dated in the trade's words: "Kestrel has dated the film for an Oct. 2 theatrical
release", "The studio has dated “Lanterns,” the period drama, for a 3 April release". The day
between "for a(n)" and a release noun is the premiere date; a work the sentence names must be
the article's own."""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.context import Context
from bot.extract.dates import DATE_RE, parse_date
from bot.facts import ReleaseFact, ReleaseKind

_DATED = re.compile(
    r"\b(?:has|have|had)[ ]dated[ ](?:(?:the|its|their)[ ](?:film|movie|feature|series|show|"
    r"sequel|adaptation)|[“\"‘]?(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,4})"
    r"[,.]?[”\"’]?)(?:,?[ ][^,;“”\"]{1,80},)?[ ]for[ ](?:an?|its)[ ]"
)
_NOUN = re.compile(
    r"(?:[ ](?:theatrical|cinema|theater|theatre|streaming|wide|global|worldwide|nationwide))?"
    r"[ ](?:release|debut|premiere|bow|launch|opening)\b"
)


def dated_for(
    ref: dt.date | None, chunk: str, evidence: str, context: Context
) -> list[ReleaseFact]:
    """The premiere date a "has dated X for a <day> release" sentence gives."""
    if " dated " not in chunk or ref is None:
        return []
    for match in _DATED.finditer(chunk):
        if match["name"] and not context.is_known(match["name"]):
            continue
        date = DATE_RE.match(chunk, match.end())
        if date is None or _NOUN.match(chunk, date.end()) is None:
            continue
        day = parse_date(date, ref, past=False)
        if day is not None and day >= ref:
            return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]
    return []
