"""The film's release in words, the same wherever it is shown.

``/release-date``, ``/news show``, ``/news add`` and the alerts all say a premiere, a release
window or how filming stands with these sentences: never an internal label, and a premiere
date already past in the past tense ("Premiered on …").
"""

from __future__ import annotations

import datetime as dt

from bot.answers.lookups import Production, ReleaseStatement
from bot.fact_kinds import ReleaseKind
from bot.render.common import Style
from bot.render.periods import describe_period

_STAGES = {
    ReleaseKind.FILMING_PLANNED: Production.PLANNED,
    ReleaseKind.FILMING_STARTED: Production.STARTED,
    ReleaseKind.FILMING_WRAPPED: Production.WRAPPED,
}


def is_past(date: dt.date, today: dt.date | None) -> bool:
    """Whether ``date`` is before ``today`` (never, when today is not known)."""
    return today is not None and date < today


def premiere(date: dt.date, today: dt.date | None, style: Style) -> str:
    """ "Premieres on 13 February 2026", or "Premiered on …" once that day is past."""
    verb = "Premiered" if is_past(date, today) else "Premieres"
    return f"{verb} on {style.strong(style.date(date))}"


def production(stage: Production, date: dt.date | None, period: str | None, style: Style) -> str:
    """ "Filming started on 2 June 2025", "Filming was due to start in summer 2025"."""
    when = style.date(date) if date else None
    if stage is Production.WRAPPED:
        return f"Filming wrapped on {when}" if when else "Filming has wrapped"
    if stage is Production.STARTED:
        return f"Filming started on {when}" if when else "Filming has started"
    if when:
        return f"Filming was due to start on {when}"
    return f"Filming was due to start {describe_period(period) if period else 'soon'}"


def window(period: str, hedged: bool) -> str:
    """ "The release is expected in early 2026", or "A release in 2026 is hoped for"."""
    if hedged:
        return f"A release {describe_period(period)} is hoped for"
    return f"The release is expected {describe_period(period)}"


def statement(fact: ReleaseStatement, today: dt.date | None, style: Style) -> str:
    """One article's statement about the release: "Premiere: 13 February 2026",
    "Filming planned for summer 2025", "Title: The Glass Orchard"."""
    match fact.kind:
        case ReleaseKind.PREMIERE_DATE if fact.date is not None:
            if is_past(fact.date, today):
                return f"Premiered on {style.date(fact.date)}"
            doubt = " (not confirmed)" if fact.hedged else ""
            return f"Premiere{doubt}: {style.date(fact.date)}"
        case ReleaseKind.NOT_ANNOUNCED:
            return "No release date announced yet"
        case ReleaseKind.WINDOW if fact.period:
            verb = "hoped for" if fact.hedged else "expected"
            return f"Release {verb} {describe_period(fact.period)}"
        case ReleaseKind.TITLE if fact.title:
            return f"Title: {style.plain(fact.title)}"
        case ReleaseKind.FILMING_PLANNED:
            if fact.date:
                return f"Filming planned for {style.date(fact.date)}"
            if fact.period:
                return f"Filming planned {_for(describe_period(fact.period))}"
            return "Filming planned"
        case ReleaseKind.FILMING_STARTED | ReleaseKind.FILMING_WRAPPED:
            return production(_STAGES[fact.kind], fact.date, fact.period, style)
        case _:
            return "Release news"


def _for(period: str) -> str:
    """ "in summer 2025" -> "for summer 2025" (other phrasings as they are)."""
    return "for " + period.removeprefix("in ") if period.startswith("in ") else period
