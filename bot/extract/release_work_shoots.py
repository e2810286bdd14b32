"""The work itself as the subject of a shoot's start or wrap told with a relative month: "The
drama, which began filming around Bristol last month, has moved to Bath", "Copper Bay
started filming earlier this month", "The drama finished filming in Wales last month", "The
film, directed by Ada Vale, finished shooting last month", "Copper Bay wrapped last week", "The
Copper Bay film finished shooting this week" (a week inside one month gives that month), "The
Lumen film that closes the Copper Bay story wrapped last month" (a channel's film; the clause
names our work).

:mod:`bot.extract.release_status` reads the shoot as the subject ("Filming began last month");
a named month ("began shooting in March") is read with the dates. A name as the subject counts
only when it is the article's own work.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.extract.context import Context, all_known
from bot.extract.lexicon import CHANNEL_NAME, STOP_TOKENS
from bot.extract.names import NAME
from bot.extract.release_week_months import relative_month
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PLACE = (
    r"(?:[ ](?:in|at|across|around|on[ ]location[ ]in)[ ][A-Z][\w’'-]+"
    r"(?:[ ][A-Z][\w’'-]+){0,2})"
)
APPOSED_WORK = (
    r"(?:,[ ](?:(?:the|an?)[ ]|(?:directed|written|produced|created|adapted)[ ]by[ ])"
    r"[^,.;:“”\"]{1,80}?,)?"
)
"""An aside on the work between it and its shoot's verb: "The film, directed by Ada Vale,
finished shooting", "Filming on Copper Bay, the Netflix film that ends the series, wrapped"."""
LEAD_IN = (
    r"[ “\"]*(?:(?:Meanwhile|And|So),?[ ]|(?:It[’']s[ ])?"
    r"(?i:official|confirmed|update|production[ ]update|breaking|breaking[ ]news|exclusive|"
    r"good[ ]news):[ ])?"
)
"""What may come before a shoot's subject at a sentence's start: "Meanwhile, ", "It's official:
", "Update: ", "Exclusive: " (a news label told before a colon, the news after it; never a name
before a colon, which may head another work's entry)."""
_AFTER = r"(?:After[ ](?:\w+[ ]){1,3}?of[ ](?:filming|shooting)[^,;.:“”\"]{0,60}?,[ ])?"
"""A fronted span of the shoot before the work: "After ten weeks of filming in Kent, X wrapped"."""
_WORKS = lazy_pattern(
    LEAD_IN + _AFTER + rf"(?:(?:[Tt]he[ ])?{CHANNEL_NAME}[’']s[ ])?"  # "the BBC's X wrapped"
    r"(?:[Tt]he[ ](?:(?P<owner>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)[ ])?"
    r"(?:production|film|movie|adaptation|sequel|feature)(?P<clause>[ ]that[ ](?:ends|closes|"
    r"concludes|completes)[ ][^,.;:“”\"]{1,50}?)?|(?P<work>"
    + NAME
    + r"))"
    + APPOSED_WORK
    + r"(?:,[ ]which)?[ ](?:officially[ ]|finally[ ])?(?P<state>began|started|wrapped|finished)"
    r"(?:[ ](?:shooting|filming|principal[ ]photography)|(?<=wrapped))" + _PLACE + r"?"
    r"[ ](?P<when>(?:last|earlier[ ]this|this)[ ](?:month|week))" + _PLACE + r"?"
    r"(?=[,.;!]|[ ](?:after|and|following|with|before)\b|[ ]?$)"
)


_CAPITAL = lazy_pattern(r"\b[A-Z][\w’'-]+")
_CHANNEL_ONLY = lazy_pattern(rf"{CHANNEL_NAME}$")


def _ours_or_channel(named: str, context: Context) -> bool:
    """The name before the noun is ours, or the channel that makes it ("The Netflix film"), or
    the name of ours with more words after it (see :func:`_led_by_ours`)."""
    return (
        _CHANNEL_ONLY.match(named) is not None
        or all_known(named, context)
        or _led_by_ours(named, context)
    )


def _led_by_ours(named: str, context: Context) -> bool:
    """A name that opens on the word the article knows its work by, before words it has not
    met ("Copper Bay Forever" under a headline on "Copper Bay"): the work, its full title, as
    the subject of its own shoot; a name alone ("Copper") is read as before."""
    tokens = [t for t in named.split() if t not in STOP_TOKENS]
    return len(tokens) > 1 and context.is_known(tokens[0]) and tokens[0] not in context.earlier


def work_shoot(
    ref: dt.date | None, chunk: str, evidence: str, context: Context
) -> Iterator[ReleaseFact]:
    """The shoot's start or wrap by its month when the sentence opens with the work doing it."""
    if ref is None or ("month" not in chunk and "week" not in chunk):
        return
    match = _WORKS.match(chunk)
    named = match["work"] or match["owner"] if match is not None else None
    if match is None or (named and not _ours_or_channel(named, context)):
        return  # "The Copper Bay film wrapped last week": the name before the noun is ours too
    if match["clause"] and not any(map(context.is_known, _CAPITAL.findall(match["clause"]))):
        return  # "The film that closes the festival": the clause must name our work
    done = match["state"] in {"wrapped", "finished"}
    kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
    window = relative_month(match["when"], ref)  # a week across two months: none
    if window is not None:
        yield ReleaseFact(kind, evidence, window=window)
