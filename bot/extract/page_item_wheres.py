"""Where and when to see a work, in brackets after its name, marking a newsletter's item as that
work's, for :mod:`.page_others`.

A newsletter or guide gives another work's channel and slot in brackets after its name: as an
item's heading ("2. Copper Sound (BBC Two, Sunday 9pm)", "3. The Marlow Bequest (in cinemas next
Friday)") or in the item's first paragraph, opening it or mid-sentence ("The Marlow Bequest
(Prime Video, from Friday 13 March): a Regency caper", "make it The Chalk Causeway (BBC Four,
Sunday, 10pm), an hour on ..."; invented examples). A bracket of a channel and a day or time
after a name is no part and no aside: it is the listing of a work.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import CHANNEL_NAME
from bot.extract.page_entries import where_line
from bot.lazy_patterns import lazy_pattern

_BRACKETED = lazy_pattern(
    r"[ ]*\d{1,2}[.)][ ]+[A-Z‘“'\"][^()\n]{1,50}?[ ]+\((?P<where>[^()\n]{2,50})\)[ ]*"
)
"""An item heading of a name and, in brackets, where to see it: "2. Copper Sound (BBC Two,
Sunday 9pm)"."""
_NAMED_BRACKET = lazy_pattern(r"[A-Z‘“'\"][\w’'\"”-]*[ ]+\((?P<where>[^()\n]{2,50})\)")
"""A bracket after a capitalised word: "The Chalk Causeway (BBC Four, Sunday, 10pm)"."""
_CINEMAS = lazy_pattern(r"(?:in|at)[ ](?:UK[ ])?cinemas\b", re.IGNORECASE)
_NAMED_WHERE = lazy_pattern(
    r"[A-Z][\w+&-]*(?:[ ][A-Z0-9][\w+&-]*){0,2},[ ](?:from[ ])?(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day\b|\d{1,2}(?:[:.]\d{2})?[ ]?[ap]m\b)[^()]{0,30}"
)
"""Brackets naming any channel or streamer, then a day or time: "(Kanalo, from Sunday)",
"(Skyrill Nine, Tuesday 9pm)" (a channel the guide rules do not list)."""


def bracketed_where(heading: str) -> bool:
    """The heading is a work's name with where and when to see it in brackets (see above)."""
    found = _BRACKETED.fullmatch(heading)
    return found is not None and _is_where(found["where"])


def names_where(first: str) -> bool:
    """The paragraph names a work with where and when to see it in brackets (see above)."""
    return "(" in first and any(_is_where(m["where"]) for m in _NAMED_BRACKET.finditer(first))


def opens_on_where(text: str, reach: int) -> bool:
    """A name with where and when to see it in brackets starts within ``reach`` of ``text``:
    "If that is done: Copper Sound (BBC Two, Sunday 9pm), in which ..."."""
    found = _NAMED_BRACKET.search(text, 0, reach + _REACH_PAST) if "(" in text else None
    return found is not None and found.start() <= reach and _is_where(found["where"])


_LISTED = lazy_pattern(
    rf"[ ]*[A-Z‘“'\"][^()\n.!?]{{1,50}}?[ ]+\((?:{CHANNEL_NAME})\+?\)[.](?:[ ]|$)"
)
"""A listing's name and its channel alone in brackets, as a sentence of their own: "Tin Kettle
(Netflix). Still in the top ten ...", "Copper Sound (BBC Two). Back for more"."""


def opens_on_listing(text: str) -> bool:
    """``text`` opens with a listing (:data:`_LISTED`): a work's name and its channel in
    brackets, then a stop. Mid-sentence, "Tin Kettle (Netflix) returns in May" is a name glossed
    with its channel, and "Ada Vale (Netflix): ..." a panel's speaker: neither is read."""
    return "(" in text and _LISTED.match(text) is not None


_WHERE_BRACKET = lazy_pattern(r"\((?P<where>[^()\n]{2,50})\)")
"""A bracket that may say where and when to see a work: "(BBC One, 7pm)"."""


def without_wheres(text: str) -> str:
    """``text`` less each bracket of where and when to see a work ("(BBC One, 7pm)"): a
    channel's name there is no word of any work."""
    if "(" not in text:
        return text
    return _WHERE_BRACKET.sub(lambda m: " " if _is_where(m["where"]) else m[0], text)


_REACH_PAST = 60
"""How far past the reach a name's bracket may close: "Copper Sound (BBC Two, Sunday 9pm)"."""


def _is_where(where: str) -> bool:
    return (
        _CINEMAS.match(where) is not None
        or where_line(where[:1].upper() + where[1:])
        or _NAMED_WHERE.fullmatch(where) is not None
    )
