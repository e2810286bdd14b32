"""The words that date the news or an event, not the film, for :mod:`bot.extract.release`.

A day told after a verb of saying or announcing ("the streamer announced on Tuesday"), a
premiere at a festival or a venue ("premiered at the Berlinale on Monday"), a speaker's day
("spoke to the press in Madrid on Monday"). Generic English only.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import MONTH_PATTERN, WEEKDAY_PATTERN
from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

ANNOUNCING = lazy_pattern(
    r"\b(?:announced|confirmed|revealed|said|says|shared|unveiled|reported|told[ ]\w+|posted|"
    r"wrote|tweeted|teased)(?:[ ](?:on|at|in))?$"
)
"""A day that dates the news, not the film: "the streamer announced on Tuesday"."""
_PROGRAMME = r"(?:competition|section|strand|sidebar|programme|program|line-?up)"
"""A festival's part of its lineup a film plays in."""
AT_AN_EVENT = lazy_pattern(
    r"\b(?:premiere[sd]?|premiering|debut(?:s|ed)?|debuting|screen(?:s|ed)|screening|"
    r"bow(?:s|ed)?)(?:[ ]to(?:[ ][\w-]+){1,4}?)?[ ](?:(?:in[ ](?:the[ ])?(?:[\w’'-]+[ ]){0,3}?"
    rf"{_PROGRAMME}[ ])?at[ ](?:the[ ])?"
    r"(?!Christmas|Easter|New[ ]Year|Halloween|Thanksgiving|No\b|Number\b)[A-Z]"
    r"|in[ ](?:the[ ])?[A-Z][\w-]*(?:[ ][\w-]+){0,2}?[’']s[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:competition|section|strand|sidebar)\b)"
    r"|\b[Aa]n?[ ](?:[\w’'-]+[ ]){0,3}?(?:premiere|launch)[ ](?:(?:party|screening|night)[ ])?"
    r"(?:in|at)[ ]"
    r"(?:the[ ])?(?!UK\b|US\b|USA\b|Britain|Ireland|America|Australia|Canada"
    rf"|{MONTH_PATTERN}\b|{WEEKDAY_PATTERN}\b)[A-Z]"
)
"""A premiere at a named festival or venue is an event, not the release: "which premiered at
the Berlinale on Monday night", "debuts at Sundance in January", "premiered to rave reviews at
Cannes in May", "premiered in the Horizons section at Brennholm on 2 August", or in a
festival's own strand ("premiered in Brennholm's Horizons strand on 2 August"; not a streamer's
line-up); so is a premiere or a launch told as an event in a place ("There will be a glitzy
premiere in Bramley Square on 3 March", "a gala premiere at the Harlow Playhouse", "a launch at
the Odeon Kelby on Tuesday"), but not one in a month or on a weekday ("a TV premiere in
January")."""


def event_then(before: str) -> bool:
    """The words before a time name a festival's or a venue's showing, with no release verb
    after it ("premiered at Cannes in May, and opens here on"): the time is the event's."""
    return last_without_release_after(AT_AN_EVENT, before)


def last_without_release_after(pattern: re.Pattern[str], before: str) -> bool:
    """Whether ``pattern`` is found in ``before`` with no release verb after its last match: the
    verb nearest the day is the pattern's, not a release's."""
    ends = [m.end() for m in pattern.finditer(before)]
    return bool(ends) and RELEASE_VERB.search(before, ends[-1]) is None


_SPOKE_HINTS = ("spok", "talk", "said", "says", "told")
_SPOKE = lazy_pattern(r"\b(?:spoke|speaking|talked|talking|said|says|told)\b")


def spoke_then(before: str) -> bool:
    """The nearest verb before the day is a speaker's, with no release verb after it ("best known
    for the Netflix hit X, spoke to the press in Madrid on Monday"): the day of the words."""
    if not any(word in before for word in _SPOKE_HINTS):
        return False
    return last_without_release_after(_SPOKE, before)


SAID_ON = lazy_pattern(
    r"\b(?:said|says|announced|confirmed|revealed|reported|stated|added|told[ ]\w+)[ ]$"
)
"""A speech verb just before a named day: the day the words were said, not an event's."""


_SCREENED = lazy_pattern(
    r"(?<![Bb]e[ ])(?<![Bb]een[ ])(?<![Bb]eing[ ])(?<![Ww]as[ ])(?<![Ww]ere[ ])(?<![Ii]s[ ])"
    r"(?<![Aa]re[ ])\bscreened\b"
)


def screened_then(before: str) -> bool:
    """The nearest verb before the day is the film's own past screening, with no release verb
    after it ("X, which premiered on Netflix on 17 April, screened on Saturday 10 October"): the
    day of a showing, not the release. Not the passive a broadcast takes ("was screened on")."""
    if "screened" not in before:
        return False
    return last_without_release_after(_SCREENED, before)
