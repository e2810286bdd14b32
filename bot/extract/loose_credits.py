"""Credits the sentence around a quote does not bear out, held for review.

- words asked or said by things or crowds in general ("posts asking “...”", "comments saying
  “...”"): a kind of message, no one's quote;
- words credited from context (no attribution of their own) while the sentence that holds them
  has someone else, named, write or say them ("Dahl, whose ..., wrote that it was “...”").
"""

from __future__ import annotations

import re

from bot.facts import QuoteFact, SourceKind

_GENERIC = re.compile(
    r"\b(?:posts|comments|messages|questions|threads|replies|people|users|fans|viewers)[ ]"
    r"(?:\w+[ ]){0,2}?(?:asking|saying|demanding|begging)[ ]*[:,]?[ ]*[“\"‘']$"
)
_WRITER = re.compile(
    r"(?:^|[.!?][ ]+)(?!(?:He|She|They|It|I|We|You|The|This|That)\b)"
    r"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?)(?:,[^,]{3,80},)?[ ]"
    r"(?:also[ ]|later[ ]|then[ ])?(?:wrote|said|posted|added|explained|told[ ]\w+)[ ]"
    r"(?:that[ ])?[^.!?]*$"
)
_NEAR = 160
"""How far before the quote its sentence is read."""


def doubted(text: str, start: int, fact: QuoteFact) -> str | None:
    """Why ``fact``'s credit is not borne out by its sentence (see above), or None."""
    before = text[max(start - _NEAR, 0) : start]
    if "ing" in before[-30:] and _GENERIC.search(before[-60:]):
        return "words a kind of message says, no one's quote"
    if fact.attribution or fact.source is not SourceKind.PERSON:
        return None
    if (found := _WRITER.search(before)) and not _names(found["name"], fact.speaker):
        return "someone else named in the sentence says these words"
    return None


def _names(text: str, person: str) -> bool:
    """``text`` names ``person`` by any part of their name."""
    return any(len(part) > 1 and part in text for part in person.split())
