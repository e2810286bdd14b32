"""A live blog's timed entry that turns to another show by naming its numbered season or its
panel, for :func:`.page_blog_entries.other_blog_entries`.

An event's live blog gives each show its own timed entry, and an entry on another show often
names it only by the run it brings or the panel it had, never by apposition: "21:05 Hallow
Street season three lands in March, the cast confirmed", "14:30 Over in Hall B, the Copper
Sound panel had ..." (invented examples). A name right before a numbered season or series, or
between "the" and "panel", is a show's; so is a name the entry opens on in apposition to a
kind of work ("21:10 – The closing film, Vor dem Sturm, is under way"). When it is none of
ours, the entry is that show's. A channel's panel ("the BBC panel") or an event's named in the
headline is no show's; a name that speaks ("The drama, Ada Vale said, ...") is a person's.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.lexicon import CHANNEL, GENRE_NOUNS
from bot.extract.page_also_lines import names_any
from bot.lazy_patterns import lazy_pattern

_NAME = r"(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z0-9][\w’'-]*){0,3})"
_SEASON_RUN = lazy_pattern(
    rf"(?<![\w’'-]){_NAME}[ ](?:season|series)[ ]"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
"""A name before its numbered run: "Hallow Street season three" (not "the second season")."""
_PANEL = lazy_pattern(rf"\bthe[ ]{_NAME}[ ]panel\b")
"""A show's panel at an event: "the Copper Sound panel"."""
_OPENING_APPOSED = lazy_pattern(
    rf"^[ ]*\d{{1,2}}[:.]\d{{2}}(?:[ ]?[ap]m)?[ ]*[–—:-]?[ ]*(?:The|A|An)[ ](?:[\w’'-]+[ ]){{0,3}}"
    rf"(?:{GENRE_NOUNS}|film),[ ](?P<title>[A-Z][\w’'-]*(?:[ ][\w’'-]+){{0,5}}),"
    r"(?![ ](?:said|says|told|tells|added|who|whose)\b)"
)
"""A timed entry opening on a kind of work and its name: "21:10 – The closing film, Vor dem
Sturm, ..."."""
_OPENING_EVENT = lazy_pattern(
    r"^[ ]*\d{1,2}[:.]\d{2}(?:[ ]?[ap]m)?[ ]*[–—:-]?[ ]*"
    r"(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z0-9][\w’'-]*){0,3})[ ]"
    r"(?:Q&A|screening|panel|premiere|photocall|press[ ]conference)\b"
)
"""A timed entry opening on a work's event: "16:05 Salt Marsh Q&A wrapping", "12:40 – Vor dem
Sturm screening over" (invented)."""
_OPENING_MAKER = lazy_pattern(
    r"^[ ]*\d{1,2}[:.]\d{2}(?:[ ]?[ap]m)?[ ]*[–—:-]?[ ]*"
    r"(?P<title>[A-Z][\w’'-]*(?:[ ][A-Z0-9][\w’'-]*){0,3})[ ]"
    r"(?:director|creator|writer|star|showrunner|composer|producer)s?[ ][A-Z]"
)
"""A timed entry opening on a work's maker or star by name: "10:15 Salt Marsh director Ada Vale
tells the room ..." (invented)."""
_CHANNEL = lazy_pattern(CHANNEL)
_LEADS = frozenset(
    {"The", "A", "An", "In", "On", "At", "Of", "For", "From", "By", "To", "And", "But", "So",
     "As", "After", "Before", "Since", "During", "Until", "Its", "Their", "This", "That",
     "Next", "Last", "Every", "Each", "Meanwhile", "Elsewhere"}
)  # fmt: skip
"""A sentence's own first word read into the name ("In season two", "After series three"): the
name is unsure, so no show is told (a weekday may be a show's name, so not every stop word)."""


_EVENTS = (_PANEL, _OPENING_EVENT)
"""Patterns that name a show by its event: a name the headline carries may be the event's own
("the Lark Fest panel", "10:00 Lark Fest premiere")."""


def turns_to_other_show(first: str, headline: str, names_ours: Callable[[str], bool]) -> bool:
    """Whether the entry's first sentence ``first`` names a show none of ours by its numbered
    season, or by its panel when the name is no channel's nor in ``headline`` (an event's)."""
    for pattern in (_SEASON_RUN, _PANEL, _OPENING_APPOSED, _OPENING_EVENT, _OPENING_MAKER):
        for match in pattern.finditer(first):
            title = match["title"]
            if title.split()[0] in _LEADS or names_any(title, names_ours):
                continue
            if _CHANNEL.match(title) or (pattern in _EVENTS and title in headline):
                continue
            return True
    return False
