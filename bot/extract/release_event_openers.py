"""A date told of an event the sentence opens on, not of the release.

"There will be a gala premiere in Leeds before then, at the Grand Hall on Tuesday 8 April, but
for most viewers 11 April is the day": the event (a gala, a red carpet, a festival or preview
screening) is the clause's subject, named a comma or two before its day, so the rule that looks
only at the words just before the day misses it. Its day is the event's, up to a "but" or a
semicolon that turns back to the release.

So is the time that closes a phrase placing something at an event ("Vale said at the film's
Lisbon premiere in September", "was cheered at a fan screening on 3 May", "spoke at its festival
Q&A in March", "Rook said at the launch in May"): the month or day is the event's, the
occasion of the words or the cheering.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_OPENER = lazy_pattern(
    r"[ “\"]*(?:\w+[,:][ ])?(?:there|it)(?:[ ]will[ ]be|[ ]is|[’']s|[ ]was|[ ]has[ ]been)"
    r"[ ](?:also[ ])?an?[ ](?:[\w’'-]+[ ]){0,2}?(?:gala|red[- ]carpet|(?:preview|festival|charity|"
    r"fan|cast|press|advance)[ ]screening|(?:gala|london|world|uk|us|european|fan|cast|charity|"
    r"red[- ]carpet)[ ]premiere)s?\b",
    re.IGNORECASE,
)
_AT_EVENT = lazy_pattern(
    r"\bat[ ](?:the|a|an|its|his|her|their|[\w’'-]+[’']s)[ ](?:[\w’'&-]+[ ]){0,3}?"
    r"(?:premiere|screening|gala|festival|Q&A|panel|press[ ]conference|red[- ]carpet)[ ]"
    r"(?:in[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}(?:,[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)?"
    r",?[ ])?(?:(?:back|earlier|later)[ ])?(?:(?:in|on|last|this)[ ])?$"
)
"""An event something happened at, just before the time, perhaps with its place: "at the film's
Lisbon premiere in ", "at its gala screening in Harbour Square, Leeds, on "."""
_AT_CONVENTION = lazy_pattern(
    r"\bat[ ](?:the[ ])?(?:[A-Z][\w’'&-]*[ ]){0,4}(?:Con|Comic-Con|Expo|Convention|Fair)"
    r"(?:[ ](?:[A-Z][\w’'-]*|\d{4})){0,2}(?:[ ](?:main[ ])?(?:stage|panel|hall))?"
    r"[ ](?:(?:in|on|last|this)[ ])?$"
)
"""A named fan convention, with or without an article: "the cast took the stage at Tidecastle
Comic Con on Saturday", "signed posters at Northgate Expo in May", with the city or year the
convention's name may carry ("at Harbour Comic Con Leeds on Saturday"). A festival is left out: a
film shown "at the Brindle Film Festival on Friday" may be premiering there."""
_SAID_AT_LAUNCH = lazy_pattern(
    r"\b(?:said|told|spoke|admitted|revealed|joked|insisted|added|conceded)[ ](?:\w+[ ])?"
    r"at[ ](?:the|a|its|his|her|their|[\w’'-]+[’']s)[ ](?:[\w’'&-]+[ ]){0,2}?launch"
    r"(?:[ ](?:event|party|night))?[ ](?:(?:in|on|last|this)[ ])?$"
)
"""Words said at a launch, just before the time: "she said at the launch in ", "told us at the
book's launch party on ". A launch alone may be the release itself ("at its launch in May it
will stream in 4K"), so only the occasion of someone's words counts."""
_TURN = lazy_pattern(r"[ ]but[ ]|;|[ ][–—][ ]")


def event_opened(chunk: str, start: int) -> bool:
    """The time at ``start`` belongs to the event the sentence opens on."""
    opener = _OPENER.match(chunk)
    return opener is not None and _TURN.search(chunk, opener.end(), start) is None


def at_an_event(chunk: str, start: int) -> bool:
    """The time at ``start`` closes a phrase placing something at an event (see above)."""
    return " at " in chunk and (
        _AT_EVENT.search(chunk, max(start - 80, 0), start) is not None
        or _SAID_AT_LAUNCH.search(chunk, max(start - 80, 0), start) is not None
        or at_a_convention(chunk, start)
    )


def at_a_convention(chunk: str, start: int) -> bool:
    """The time at ``start`` closes a phrase placing the cast or makers at a fan convention: a
    panel's day, never a release ("packed the hall at Harbourside Comic Con on Saturday")."""
    return " at " in chunk and _AT_CONVENTION.search(chunk, max(start - 80, 0), start) is not None
