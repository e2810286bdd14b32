"""A name set beside the object of a preposition, right before the verb, is the speaker.

In "X's co-star from Sky's Tin Harbour, Bram Kettering, posted" the work ("Tin Harbour") is
the object of "from", and the name in the aside is the clause's subject; so is "Y" in "put
together by supervisor X, and composer Y, who scored it, teased", and "Ada Vale" in "at the
Lark Cinema, Ada Vale, who plays Nim, told us", and "Ada Vale" in "In a statement released by
the Lumen Guild, its head of drama, Ada Vale, said". A subject with a plain aside ("The director,
Jo Reyes, said"; "Ada Vale, 24, said") is left to the usual rules."""

from __future__ import annotations

import re

from bot.extract.attribution import BARE_NAME
from bot.extract.names import NAME, TOKEN
from bot.extract.people import is_full
from bot.lazy_patterns import lazy_pattern

_JOINED = lazy_pattern(
    rf"and[ ](?!(?:not|rather|instead)\b)(?:[a-z-]+[ ]){{0,3}}(?P<name>{NAME}),[ ]who[ ]"
)
"""An "aside" opening with "and" and carrying its own relative clause ("X, and composer Y, who
scored it, teased"): when X is the object before it, Y is the clause's subject and speaks. Not
"X, and not Y, said" (the one who did not) nor "X, and her husband Y, said" (X speaks first)."""
_LEAD_OBJECT = lazy_pattern(r"\b(?:by|with|from|for|to|of)[ ](?:[a-z-]+[ ]){0,3}$")
"""Words ending right before a name that make it an object ("put together by supervisor X")."""
_OWNED_OBJECT = lazy_pattern(
    rf"\b(?:from|of|in|on)[ ](?:the[ ])?(?:{TOKEN}[ ]){{0,2}}{TOKEN}[’']s[ ]$"
)
"""A preposition and an owner's possessive right before a name: "from Sky's Tin Harbour",
"in the BBC's Pale Road" (a channel's work, the object, never the one who speaks)."""

_PLACE_OBJECT = lazy_pattern(r"\b(?:at|in|outside)[ ](?:the[ ])?$")
"""A place preposition right before a name ("the screening at the Lark Cinema, Ada Vale, who
plays Nim, told us"): the venue is the object, the full name set beside it the subject."""
_NAMED_SUBJECT = lazy_pattern(rf"(?P<name>{NAME})(?:,[ ]who[ ][^“”\"]+)?")
_ROLE_THEN_NAME = lazy_pattern(
    rf"(?:the|its|their|his|her)[ ][^,;:“”\"]{{1,60}},[ ](?P<name>{NAME})"
)
"""An aside giving a role, then the name that holds it: "its head of drama, Ada Vale"."""


def object_aside(match: re.Match[str]) -> tuple[str, bool] | None:
    """The name in ``match``'s aside that speaks because its lead is an object, and whether the
    lead is a person too (a joined name is; an owned work is not), or None."""
    groups = match.groupdict()
    aside, lead = groups.get("aside"), groups.get("name")
    if not aside or not lead:
        return None
    text, end = match.string, match.start("name")  # the words before the lead, read in place
    if (joined := _JOINED.match(aside)) is not None and _LEAD_OBJECT.search(text, 0, end):
        return joined["name"], True
    stripped = aside.strip()
    named = _NAMED_SUBJECT.fullmatch(stripped)
    if named is not None and is_full(named["name"]) and _PLACE_OBJECT.search(text, 0, end):
        return named["name"], False
    held = _ROLE_THEN_NAME.fullmatch(stripped)
    if held is not None and is_full(held["name"]) and _LEAD_OBJECT.search(text, 0, end):
        return held["name"], False  # "released by the Guild, its chair, Ada Vale, said"
    bare = BARE_NAME.match(stripped)
    if bare is None or bare["bare"] != stripped or not is_full(bare["bare"]):
        return None
    return (bare["bare"], False) if _OWNED_OBJECT.search(text, 0, end) else None
