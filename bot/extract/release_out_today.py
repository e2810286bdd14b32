"""A release-day opening: one of the article's first paragraphs says the film is out now
("Fellside: The Slow Ebb is now streaming on Netflix worldwide.", "It's finally here! Fellside
is out now on Apple TV+."), so the day the article is dated is the release day. Only the
article's own production (named in the headline or the body), as the sentence's subject and in
the singular: earlier seasons "are now streaming", another show out now, or a sign-off in the
last paragraph ("Fellside is streaming now on Netflix.", written days later) date nothing.
A live page about the release (its headline says the film is out, here or launching) has its
entries all written on its day, newest first, so its release-day entry ("It's here. Fellside is
now streaming on Netflix.") may stand anywhere above its last paragraph; a live page about
awards, a cast or a renewal keeps the opening limit. A live page's entry that
says the film went out at a clock time and names no other day
("Fellside dropped on Netflix at 8am BST.") dates the release to the article's day too.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.context import Context
from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.page_blog_openings import is_live
from bot.extract.release_days_since import days_since_arrival
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_OPENING_PARAS = 6
"""How many paragraphs an opening may take (headline, byline and pinned lines included)."""
_OUT_NOW = lazy_pattern(
    r"[ “\"]*(?P<subject>[A-Z][\w’'&+.-]*:?(?:[ ](?:[A-Z0-9][\w’'&+.-]*:?|of|the|and|in|for|a))*)"
    r"[ ]is[ ](?:now[ ]streaming|streaming[ ]now|out[ ]now|now[ ]out|now[ ]available[ ]to"
    r"[ ]stream|available[ ]to[ ]stream[ ]now)[ ](?:on|in)[ ][A-Z]"
)
_NOT_THE_WORK = frozenset({"Season", "Seasons", "Series", "Episode", "Episodes", "All", "It"})
"""Subjects that are a part of the work or no name: "Season two of Fellside is now out on"."""
_WORD = lazy_pattern(r"[\w’'&+-]+")


_RELEASE_HEAD = lazy_pattern(
    r"\b(?:out[ ]now|is[ ]here|arrives|launch(?:es|ed)?|release[ ]day|drops|premieres?"
    r"|now[ ]streaming)\b",
    re.IGNORECASE,
)
"""A live headline about the release itself: "Fellside live: Netflix film out now"."""


def _live_release(doc: Doc) -> bool:
    """Whether the page is live and its headline is about the release."""
    if doc.title_para is None or not is_live(doc):
        return False
    title = doc.paras[doc.title_para]
    return _RELEASE_HEAD.search(doc.text, title.start, title.end) is not None


def out_today(doc: Doc, context: Context, found: list[ReleaseFact]) -> list[ReleaseFact]:
    """The article's date as the premiere date, when its opening says the film is out now and
    no earlier day is given for the release: "out now" says the film is available, not that it
    came out today, so "which arrived on Netflix on Friday" (or a date) dates it instead."""
    if doc.date is None or not doc.paras or _dated_before(found, doc.date, context):
        return []
    last, live = doc.paras[-1].para, _live_release(doc)
    for view in doc.views:
        para = view.span.para
        if para > _OPENING_PARAS and not live:
            break
        if para >= last:
            continue
        match = _OUT_NOW.match(view.chunk)
        if match is None:
            continue
        words = _WORD.findall(match["subject"])
        if words[0] in _NOT_THE_WORK or not any(map(context.is_known, words)):
            continue
        evidence = doc.text[view.span.start : view.span.end].strip()
        return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=doc.date)]
    return (
        _on_from_today(doc, context)
        or _out_at_clock(doc, context)
        or days_since_arrival(doc, context)  # "Three days after it landed, fans are ..."
    )


_FROM_TODAY = lazy_pattern(
    r"[ “\"]*(?P<subject>[A-Z][\w’'&+.-]*:?(?:[ ](?:[A-Z0-9][\w’'&+.-]*:?|of|the|and|in|for|a))*)"
    r"(?:,[ ]|[ ]is[ ])(?:now[ ])?(?:streaming[ ]|available[ ])?on[ ]"
    r"(?P<platform>[A-Z][\w+]*)(?:[ ][A-Z][\w+]*)?[ ]from[ ]today\b"
)
"""The work, as the sentence's subject, on a platform from today: "Fellside, on Netflix from
today, mostly pulls it off", "Fellside is on Prime Video from today"."""
_HOME_MEDIA = frozenset({"DVD", "DVDs", "Digital", "Blu", "VHS", "UHD"})
"""Shelves, not platforms: "Fellside is on DVD from today" is a later home release, no premiere."""
_SHOWN_BEFORE = lazy_pattern(
    r"\b(?:premiered|aired|originally|first[ ](?:shown|screened|broadcast)|(?:19|20)\d\d)\b"
)
"""A sentence that goes on to tell an earlier showing ("having premiered at home last spring",
"first shown on BBC Two in 2019"): today is then only this platform's day."""


def _on_from_today(doc: Doc, context: Context) -> list[ReleaseFact]:
    """The article's date, where a sentence says our work is on a platform "from today": the
    day it arrives, told outright, with no verb the release readers need."""
    for view in doc.views:
        match = _FROM_TODAY.match(view.chunk)
        if match is None or match["platform"] in _HOME_MEDIA:
            continue
        words = _WORD.findall(match["subject"])
        if words[0] in _NOT_THE_WORK or not all(map(context.is_known, words)):
            continue
        evidence = doc.text[view.span.start : view.span.end].strip()
        if _OTHER_DAY.search(evidence) or _SHOWN_BEFORE.search(evidence):
            continue
        return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=doc.date)]
    return []


_ARRIVED_ON = lazy_pattern(
    r"(?:\b(?:[Ii]t|which|that|[Tt]he[ ](?:film|movie|series|show|season|drama|comedy))"
    r"|(?P<named>[A-Z][\w’'&+-]*))[ ](?:(?:only|quietly|finally|first)[ ])?"
    r"(?:arrived|landed|dropped|launched|premiered|came[ ]out|was[ ]released"
    r"|(?:began|started)[ ]streaming)[ ]on[ ][A-Z\d]"
)
"""The film gone out on a platform ("which arrived on Netflix on Friday", "Fellside landed on
Prime Video on Wednesday", "Fellside began streaming on Netflix yesterday"): such a day dates
the release, so "out now" does not. Its subject must be the work (a pronoun, "the series" or a
word of its title): "Its rival, Salt Year, arrived on Netflix on Friday" is another work's day.
One worked out from an event ("the premiere on Tuesday night") or a thread ("last night") dates
nothing."""


def _dated_before(found: list[ReleaseFact], day: dt.date, context: Context) -> bool:
    """Whether a served premiere date before the article's day is already found, told of the
    work's own arrival on a platform."""
    return any(
        f.kind is ReleaseKind.PREMIERE_DATE
        and f.served
        and f.date is not None
        and f.date < day
        and _own_arrival(f.evidence, context)
        for f in found
    )


def _own_arrival(evidence: str, context: Context) -> bool:
    """Whether the evidence tells the work itself arriving on a platform."""
    return any(
        match["named"] is None or context.is_known(match["named"])
        for match in _ARRIVED_ON.finditer(evidence)
    )


_AT_CLOCK = lazy_pattern(
    r"\b(?:dropped|went[ ]live|landed|arrived|launched)[ ]on[ ][A-Z][\w+]*(?:[ ][A-Z][\w+]*)?"
    r"[ ]at[ ]\d{1,2}(?:[.:]\d{2})?[ ]?(?:am|pm)\b"
)
"""A release gone out at a clock time: "dropped on Netflix at 8am", "went live on Netflix at
8am"."""
_OTHER_DAY = lazy_pattern(rf"\b(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}|yesterday|tomorrow|last|ago)\b")


def _out_at_clock(doc: Doc, context: Context) -> list[ReleaseFact]:
    """The article's date, where an entry before the last paragraph tells our film, named as the
    verb's whole subject, gone out at a clock time with no other day in the sentence: "The trailer
    for Fellside dropped", "The Fellside soundtrack went live" or "Back when Fellside dropped"
    tell something else, or another day."""
    last = doc.paras[-1].para
    for view in doc.views:
        if view.span.para >= last:
            continue
        match = _AT_CLOCK.search(view.chunk)
        if match is None or _OTHER_DAY.search(view.chunk):
            continue
        if not _names_only_ours(view.chunk[: match.start()], context):
            continue
        evidence = doc.text[view.span.start : view.span.end].strip()
        return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=doc.date)]
    return []


_SENTENCE_END = lazy_pattern(r".*(?:[.!?][”\"]?|\bhere:)[ ]+")
"""What ends a sentence or a cry before the subject ("It’s here. ", "It’s here: ")."""
_APPOSED = lazy_pattern(r",[ ][^,]+,[ ]*$")
"""A gloss set off by commas after the title ("X, the film that ends the series, went live")."""


def _names_only_ours(before: str, context: Context) -> bool:
    """The words of the sentence before the verb are our title and nothing else (but a gloss)."""
    subject = _APPOSED.sub("", _SENTENCE_END.sub("", before, count=1))
    words = _WORD.findall(subject)
    return (
        bool(words)
        and words[0] not in _NOT_THE_WORK
        and all(w[:1].isupper() and context.is_known(w) for w in words)
    )
