"""A sentence that opens by counting the days since the film came out, then says how things
stand now: "Three days after Fellside landed on Netflix, the fan forums are still in tears", "Two
days after the film arrived, I have a confession". The count runs back from the article's own
day, so it dates the release. Told of the past ("Five days after it landed, the hosts sat
down"), the count runs from the release to that later event, whose day is not given: nothing is
dated. A count in weeks is a round figure ("two weeks after it arrived", said on the 15th
day), so only days count. Only the article's own work (by its name, or "the film"), with no
date in the sentence (a written one dates the release itself).
"""

from __future__ import annotations

import datetime as dt

from bot.extract.context import Context
from bot.extract.dates import DATE_RE, offset_days
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_DAYS_SINCE = lazy_pattern(
    r"[ “\"‘]*(?P<n>\d{1,2}|(?i:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))[ ](?P<unit>days?)[ ](?P<dir>after)[ ]"
    r"(?P<subject>[Tt]he[ ](?:film|movie|series|show|finale)"
    r"|[A-Z][\w’'&+-]*(?:[ ](?:[A-Z0-9][\w’'&+-]*|of|the|and)){0,5})"
    r"[ ](?:landed|arrived|dropped|premiered|launched|debuted|came[ ]out|was[ ]released"
    r"|began[ ]streaming)"
    r"(?:[ ](?:on|in)[ ](?:[A-Z][\w+]*(?:[ ][A-Z][\w+]*)?|cinemas|theaters|theatres))?,[ ]"
)
"""The opening count: "Three days after Fellside landed on Netflix, "."""
_NOW = lazy_pattern(
    r"(?:[\w’'-]+[ ]){0,5}?(?:is|are|am|has|have|(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hat|[Tt]here|[Ww]e|"
    r"[Tt]hey|I|[Yy]ou)[’'](?:s|re|m|ve))[ ]"
    r"(?!(?:been|had)\b)"
)
"""The main clause in the present, its verb within its first few words: "my group chat is
still", "I have a confession", "it's top of the chart"."""
_THE_FILM = ("the film", "the movie", "the series", "the show", "the finale")


def days_since_arrival(doc: Doc, context: Context) -> list[ReleaseFact]:
    """The article's day less the count, where a sentence opens by counting from our film's
    arrival and goes on in the present."""
    if doc.date is None or " after " not in doc.body:
        return []
    for view in doc.views:
        match = _DAYS_SINCE.match(view.chunk)
        if match is None or DATE_RE.search(view.chunk) is not None:
            continue
        subject = match["subject"]
        if subject.lower() not in _THE_FILM and not context.is_known(subject):
            continue
        if _NOW.match(view.chunk, match.end()) is None:
            continue
        evidence = doc.text[view.span.start : view.span.end].strip()
        day = doc.date - dt.timedelta(days=offset_days(match))
        return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]
    return []
