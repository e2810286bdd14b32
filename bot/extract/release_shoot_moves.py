"""A shoot's plan moved, told with a pronoun after the plan is named: "The shoot was supposed to
start next month. It's now been pushed back to January 2027." / "Filming was due to begin in
May. That has now been moved to September." The new time is the shoot's plan."""

from __future__ import annotations

from bot.extract.dates import DATE_RE, WINDOW_RE, parse_date, parse_window
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_MOVED_TO = lazy_pattern(
    r"^(?:It|That|This)(?:['’]s|[ ]has)[ ](?:now[ ])?been[ ](?:pushed(?:[ ]back)?|moved|"
    r"delayed|postponed|put[ ]back)[ ](?:to|until)[ ]"
)
_SHOOT_PLAN = lazy_pattern(
    r"\b(?:[Tt]he[ ]shoot|[Ff]ilming|[Ss]hooting|[Pp]rincipal[ ]photography|[Pp]roduction)[ ]"
    r"(?:was|had[ ]been)[ ](?:supposed|due|set|scheduled|slated|planned|expected)[ ]to[ ]"
    r"(?:start|begin|get[ ]under[ ]?way|roll|kick[ ]off)\b[^.;!?]*[.!]?\s*$"
)
"""The sentence before: a shoot's start planned, told in the past (the plan the pronoun moves)."""


def shoot_moved(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """ "It's now been pushed back to <time>" straight after a sentence that planned the shoot's
    start: the new time is the shoot's plan, if it is still to come."""
    if "been " not in view.chunk:
        return []
    told = view.chunk.lstrip()
    moved = _MOVED_TO.match(told)
    if moved is None:
        return []
    before = doc.text[doc.paras[view.span.para].start : view.span.start]
    if _SHOOT_PLAN.search(before) is None:
        return []
    rest = told[moved.end() :]
    day = DATE_RE.match(rest)
    if day is not None:
        date = parse_date(day, doc.date, past=False)
        if date is None or (doc.date is not None and date <= doc.date):
            return []
        return [ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, date=date)]
    window = WINDOW_RE.match("in " + rest)
    if window is None or not (window["month"] or window["season"] or window["season2"]):
        return []
    found = parse_window(window, doc.date, past=False)
    if found is None or (doc.date is not None and found[:7] < doc.date.isoformat()[:7]):
        return []
    return [ReleaseFact(ReleaseKind.FILMING_PLANNED, evidence, window=found)]
