"""Offsets and look-backs around a release date: which date an offset or a plan belongs to.

"It will now debut a week later, on Sunday 7 December": the date says where the offset lands,
so the offset is not counted again from it. "in its first five days after it debuted on Friday,
April 17": the date is the release verb's own, not an event the offset counts from. "The drama,
starring A and B, had been due to begin on BBC One and iPlayer on 30 November": the plan was
given up, though "and" splits the clause before the date from its verb.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.context import Context
from bot.extract.dates import (
    DATE_RE,
    MAY_HOLD_DATE,
    OFFSET_RE,
    RELATIVE_DAY_RE,
    offset_days,
    parse_date,
)
from bot.extract.release_ahead import premiered_ahead
from bot.extract.release_dates import dated
from bot.extract.release_words import NOT_THE_FILM, RELEASE_VERB
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

RELEASE_AFTER = lazy_pattern(
    r"[ ](?:it|the[ ](?:film|movie|series|show))[ ](?:\w+[ ])?(?:lands|arrives|hits|premieres|"
    r"opens|debuts|streams|drops|reaches|is[ ]released|comes[ ]out|landed|arrived|premiered|opened|"
    r"debuted|dropped|was[ ]released|came[ ]out)\b|[ ]it['’]s[ ](?:released|out|available)\b"
    r"|[ ](?:its[ ])?release\b(?![ ]of\b)"
)
"""What an offset counts to: "two days before it lands", "five days before it reaches the
streamer", "eight days before it was released", "three days before it's released", "two days
before (its) release" (the noun alone: the work's own, not "the release of" another)."""

_ON_DATE = lazy_pattern(r",?[ ](?:on|from)[ ]|[ ]?\(")
"""What joins a verb or offset straight to its own date: " on ", ", from ", " (" ."""
_WHERE = lazy_pattern(
    r"[ ](?:on|in)[ ](?:(?:the[ ])?(?:streamer|service|platform)|(?:UK[ ]|Irish[ ]|US[ ])*cinemas"
    r"|[A-Z][\w+'’.-]*(?:[ ][A-Z][\w+'’.-]*){0,2})"
)
"""Where the verb's event happens, between it and its date: "landed on Netflix on 17 April",
"opened in cinemas on 3 May"."""
_GIVEN_UP = lazy_pattern(
    r"\b(?:had[ ]been|had[ ]originally|was[ ]originally|were[ ]originally)[ ]"
    r"(?:due|set|scheduled|slated|planned|expected|meant|supposed|pencil+ed[ ]in)[ ](?:to|for)[ ]"
)
"""A plan told in the past perfect: "had been due to begin", "was originally set to open", "had
been slated for release on"."""
_SINCE_MOVED = lazy_pattern(r"\b(?:now|instead|but|however|will|moved|pushed|brought)\b")
"""Words after a given-up plan that turn to the new one ("had been due in May but now opens")."""
_WAS_PLAN = lazy_pattern(
    r"\b(?:was|were)[ ](?:due|set|scheduled|slated|supposed|meant|planned)[ ](?:to|for)[ ]"
)
"""A plan told in the plain past ("which was due to premiere on 13 March"): given up only when
the sentence then turns to the new one."""
_TURNS_AFTER = lazy_pattern(
    r"\b(?:will[ ]now|now[ ](?:be|opens?|arrives?|lands?|premieres?|debuts?|comes?|streams?|"
    r"set|due|scheduled|slated)|has[ ]been[ ](?:pushed|moved|delayed|postponed|brought)|"
    r"have[ ]been[ ](?:pushed|moved|delayed|postponed|brought)|instead)\b"
)
"""Words after the date that replace the plan: "will now be released on", "has been pushed"."""


def glosses_a_date(chunk: str, start: int) -> bool:
    """The offset follows a date straight after a comma: it tells that date's distance."""
    return any(start - 3 <= m.end() <= start for m in DATE_RE.finditer(chunk, 0, start))


def dated_here(chunk: str, end: int, *, where: bool = False) -> bool:
    """A date follows straight on ("a week later, on Sunday 7 December", "it debuted on Friday,
    April 17"), or with ``where`` after a place ("eleven days after the film landed on Netflix
    on 17 April"): the words before it are that date's own."""
    return own_date(chunk, end, where=where) is not None


def own_date(chunk: str, end: int, *, where: bool = False) -> re.Match[str] | None:
    """The date :func:`dated_here` finds after ``end``, if any."""
    place = _WHERE.match(chunk, end) if where else None
    for at in (end, place.end()) if place is not None else (end,):
        join = _ON_DATE.match(chunk, at)
        date = DATE_RE.match(chunk, join.end()) if join is not None else None
        if date is not None:
            return date
    return None


def placed_date(chunk: str, end: int) -> bool:
    """The verb's place, then its date with no comma between ("a day before the film arrived on
    the streamer on Friday 9 May"): the date is the verb's own, the offset only the gap to it
    (after a comma, ", on 9 May", the date may gloss the other event)."""
    place = _WHERE.match(chunk, end)
    return (
        place is not None
        and chunk.startswith(" on ", place.end())
        and DATE_RE.match(chunk, place.end() + 4) is not None
    )


def later_gap(chunk: str, offset: re.Match[str]) -> bool:
    """A "later" offset that tells a gap, not a day: after a date ("opened on 7 November, seven
    weeks later"), or before the day it lands ("debuts a week later, on 7 December")."""
    return offset["dir"] == "later" and (
        glosses_a_date(chunk, offset.start()) or dated_here(chunk, offset.end())
    )


def counted_from_a_promo(chunk: str, start: int, verb_end: int) -> bool:
    """The offset counts from a trailer or a poster and the release verb after it has its own
    written date ("released the teaser on Monday, five weeks before the film opens in cinemas on
    9 May"): the written date is the release's, and the offset is only the gap to it. Not so
    from a premiere ("its world premiere three days before it lands on the streamer, on 14
    April"), which the offset dates."""
    if not dated_here(chunk, verb_end, where=True):
        return False
    promo = NOT_THE_FILM.search(chunk, max(chunk.rfind(".", 0, start), 0), start)
    return promo is not None and "premiere" not in promo.group().lower()


def counted_day(
    doc_date: dt.date | None, chunk: str, offset: re.Match[str], verb_end: int, anchor: dt.date
) -> dt.date:
    """The release day an offset gives: counted from its anchor ("two days before it lands"),
    unless the offset runs from a promo to a release with its own written date, which wins
    ("the teaser came out on Monday, five weeks before the film opens in cinemas on 9 May":
    9 May, not Monday and five weeks), or the release's date follows its place straight on ("a
    day before the film arrived on the streamer on Friday 9 May": 9 May)."""
    if counted_from_a_promo(chunk, offset.start(), verb_end) or placed_date(chunk, verb_end):
        written = own_date(chunk, verb_end, where=True)
        day = parse_date(written, doc_date, past=False) if written is not None else None
        if day is not None:
            return day
    return anchor - dt.timedelta(days=offset_days(offset))


def given_up(chunk: str, start: int) -> bool:
    """The date before ``start`` is a plan the sentence says was given up: "had been due to
    begin on BBC One and iPlayer on Sunday 30 November". Only within the date's own part of the
    sentence (from its last comma or semicolon), and not once it turns to the new plan."""
    part = max(chunk.rfind(",", 0, start), chunk.rfind(";", 0, start)) + 1
    if " was " in chunk or " were " in chunk:
        was = _WAS_PLAN.search(chunk, part, start)
        if (
            was is not None
            and _SINCE_MOVED.search(chunk, was.end(), start) is None
            and _TURNS_AFTER.search(chunk, start) is not None
        ):
            return True  # "which was due to premiere on 13 March, will now be released on ..."
    if "had " not in chunk and "originally" not in chunk:
        return False
    plan = _GIVEN_UP.search(chunk, part, start)
    return plan is not None and _SINCE_MOVED.search(chunk, plan.end(), start) is None


def offset_verb(chunk: str, start: int) -> bool:
    """The release verb before the date is an offset's ("will have its world premiere three days
    before it lands on the streamer, on 14 April"): the date is the other event's, which the
    offset counts from."""
    if " before" not in chunk and " after" not in chunk:
        return False
    date = DATE_RE.match(chunk, start)
    if date is not None and premiered_ahead(chunk, start, date.end()):
        return True  # "premieres in Toronto on 6 October, three days before it lands": an event
    for offset in OFFSET_RE.finditer(chunk, 0, start):
        verb = RELEASE_AFTER.match(chunk, offset.end())
        if (
            verb is not None
            and not RELEASE_VERB.search(chunk, verb.end(), start)
            and not (dated_here(chunk, verb.end(), where=True) and offset["dir"] == "after")
            and not counted_from_a_promo(chunk, offset.start(), verb.end())
        ):
            return True
    return False


def dated_before(doc: Doc, chunk: str, end: int, context: Context) -> bool:
    """The sentence gives the release date itself before an offset ("premieres February 27,
    three days after its world premiere"): the offset dates the other event, not the film."""
    if not MAY_HOLD_DATE.search(chunk, 0, end):
        return False
    return any(
        m.end() <= end
        and not premiered_ahead(chunk, m.start(), m.end())
        and dated(doc.date, chunk, m, "", context) is not None
        for m in DATE_RE.finditer(chunk, 0, end)
    )


def event_date(doc: Doc, chunk: str, end: int) -> dt.date | None:
    """The date of the event an offset counts from: the last written before the offset ("will
    now be held on Monday 4 May, three days before ...") or, failing that, the first after it
    ("three days after the premiere, which is on 10 June")."""
    dates = list(DATE_RE.finditer(chunk))
    earlier = [m for m in dates if m.end() <= end]
    chosen = earlier[-1] if earlier else (dates[0] if dates else None)
    return parse_date(chosen, doc.date, past=False) if chosen else None


def offset_anchor(doc: Doc, chunk: str, end: int, relative: dt.date | None) -> dt.date | None:
    """The event an offset counts from: the date written nearest before it. A day named from the
    article's date ("the trailer lands on Tuesday the 24th") is the anchor only when no date is
    written between it and the offset ("... and a preview on 14 June, five days before it
    opens": the preview's day)."""
    if relative is None:
        return event_date(doc, chunk, end)
    days = [m.end() for m in RELATIVE_DAY_RE.finditer(chunk, 0, end)]
    written = [m.end() for m in DATE_RE.finditer(chunk, 0, end)]
    if days and written and written[-1] > days[-1]:
        return event_date(doc, chunk, end)
    return relative
