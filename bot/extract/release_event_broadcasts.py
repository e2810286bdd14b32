"""An event's broadcast, not the film's release: in a piece about a nominated film, "The awards
will be broadcast on Channel 5 on Sunday 8 March" or "The ceremony is televised live on ITV1 on 8
March" dates the ceremony. Only a sentence whose subject is the event itself ("the awards", "this
year's prizegiving", "the festival's closing gala") counts; "a documentary about the awards will
be broadcast ..." is left to the other rules."""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_EVENT_AIRS = lazy_pattern(
    r"^[ “\"]*(?:(?!\b(?:about|of|on|behind|at|from|for|with|after|before)\b)[^,;:()]){0,60}?"
    r"\b(?:awards|ceremony|prizegiving|prize-giving|gala|festival)(?:[ ](?:show|night))?"
    r"[ ](?:will[ ](?:be[ ])?|is[ ]|are[ ]|is[ ]being[ ]|are[ ]being[ ])?(?:also[ ])?"
    r"(?:broadcast|televised|shown|airs?|aired|streamed|streams?)\b"
)
_TALK_AIRS = lazy_pattern(
    r"^[ “\"]*(?:(?:the|this|that|our|my)[ ])?(?:following[ ]|full[ ]|edited[ ]|original[ ])?"
    r"(?:exchange|interview|conversation|chat|discussion|transcript|segment|Q&A|phone-in)s?"
    r"[ ](?:(?:was|were|is|will[ ]be|has[ ]been|had[ ]been)[ ])(?:first[ ]|originally[ ]|also[ ])?"
    r"(?:broadcast|aired|recorded|taped|streamed)\b",
    re.IGNORECASE,
)
"""A talk as the subject: "The following exchange was broadcast on Night Desk on Tuesday",
"This interview was first aired on ...": the programme's day, not the film's."""
_TALK_AIRED = lazy_pattern(
    r"\b(?:of|from)[ ](?:an?|the|this|our|my)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:exchange|interview|conversation|chat|discussion|segment|Q&A|phone-in)s?"
    r"[ ](?:first[ ]|originally[ ])?(?:broadcast|aired|recorded|taped|streamed)\b",
    re.IGNORECASE,
)
"""A talk named after "of" or "from", with its airing told right after it: "an edited transcript
of an interview broadcast on Sunday 3 May on Harbour FM", "extracts from a conversation aired on
Tuesday": the programme's day, not the film's."""


def event_broadcast(chunk: str) -> bool:
    """The sentence's subject is an awards ceremony, festival or interview that airs."""
    return (
        _EVENT_AIRS.search(chunk) is not None
        or _TALK_AIRS.search(chunk) is not None
        or _TALK_AIRED.search(chunk) is not None
    )
