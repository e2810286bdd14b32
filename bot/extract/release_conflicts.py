"""Two premiere dates for the film where the article says neither replaced the other: one is
wrong. A date worked out from a relative phrase ("on Friday", "three days before it lands")
is the weaker reading, so it is held when another date is written out plainly."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from bot.extract.release_arrivals import someone_arrived
from bot.extract.release_diary_days import diary_dated
from bot.extract.release_pre_release_events import before_the_release
from bot.extract.release_reported_days import reported_days_replaced
from bot.extract.release_second_outings import second_outings
from bot.extract.text import Doc
from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held

_RELEASED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW})


def derived(facts: Iterable[ReleaseFact], doc: Doc, para: int) -> Iterator[ReleaseFact]:
    """The facts of a sentence in paragraph ``para``, marked as worked out from a relative
    phrase; a day counted from "today" under a diary's day heading is the heading's day."""
    yield from diary_dated(doc, para, [replace(fact, derived=True) for fact in facts])


def plain_first(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a served premiere date worked out from a relative phrase when another served date,
    written out, names a different day; a date or window told of a person arriving for
    work ("arrived in Whitby on Monday for her first day on set"); a later day on a second
    channel; a hedged day beside a firm one; a day told after the release
    is fronted as still to come; and a reported day beside the article's own."""
    facts = [
        held(f, "a person's arrival, not a release")
        if f.kind in _RELEASED and f.confidence >= SERVE_LINE and someone_arrived(f.evidence)
        else f
        for f in facts
    ]
    facts = _firm_day_first(second_outings(facts))
    for kind in _DAY_KINDS:
        facts = _plain_day_first(facts, kind)
    return reported_days_replaced(before_the_release(facts))


def _firm_day_first(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a served premiere day told only as hearsay (hedged: "fans insisted it would arrive
    on 6 March, a date floated by one account") when another served day is told firmly: the
    article gives the release day, and the other is a rumour beside it."""
    days = [f for f in facts if f.kind is ReleaseKind.PREMIERE_DATE and f.date and f.served]
    firm = {f.date for f in days if not f.hedged and not f.derived}
    return [
        held(f, "a rumoured day beside the one told firmly")
        if f in days and f.hedged and firm and f.date not in firm
        else f
        for f in facts
    ]


_DAY_KINDS = {
    ReleaseKind.PREMIERE_DATE: "premiere date",
    ReleaseKind.FILMING_STARTED: "shoot's first day",
    ReleaseKind.FILMING_WRAPPED: "shoot's last day",
}
"""Kinds told to the day, each with one true day, and how a moderator's doubt names that day."""


def _plain_day_first(facts: list[ReleaseFact], kind: ReleaseKind) -> list[ReleaseFact]:
    """Hold a served ``kind`` day counted from the article's date ("filming got under way
    yesterday") when another, written out, names a different day ("started rolling on Monday,
    3 March"): the dateline may be a day late, the written day is the article's word."""

    def served_day(fact: ReleaseFact) -> bool:
        return fact.kind is kind and bool(fact.date) and fact.confidence >= SERVE_LINE

    dates = [f for f in facts if served_day(f)]
    plain = {f.date for f in dates if not f.derived and not f.hedged}
    if not any(f.derived for f in dates) or not plain:
        return facts
    return [
        held(f, f"another {_DAY_KINDS[kind]} is written out")
        if served_day(f) and f.derived and f.date not in plain
        else f
        for f in facts
    ]
