"""A name a place takes on set, not the work's title.

"a small bakery near the harbour road, temporarily renamed “Maison Odette” for the occasion",
"the high street was renamed Gull Lane for filming", "a pub on the seafront has been renamed
“The Tarred Oar”", "the town is now called Saltmere": what is renamed is a café, a street, a
shop or a whole town dressed for the shoot, so the new name is the place's, never a title of the
work.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_PLACE = lazy_pattern(
    r"\b(?:caf[eé]s?|bakery|bakeries|shops?|stores?|pubs?|bars?|inns?|hotels?|restaurants?|"
    r"bistros?|diners?|streets?|roads?|lanes?|squares?|stations?|schools?|churche?s?|houses?|"
    r"buildings?|boutiques?|markets?|kiosks?|salons?|venues?|theatres?|cinemas?|signs?|"
    r"shopfronts?|storefronts?|premises|avenues?|rue|high[ ]street)\b",
    re.IGNORECASE,
)
_RENAMED = lazy_pattern(r"\b(?:renamed|rebranded|redressed)[ ](?:as[ ])?[“\"‘']?$")
_RENAMED_REACH = 20
"""How far before the title the renaming verb is looked for: "redressed as “" is 14 long."""
_FOR_THE_SHOOT = lazy_pattern(
    r"[”\"’']?[ ]for[ ](?:the[ ])?(?:occasion|filming|shoot|shooting|production|scene|"
    r"scenes|day|cameras)\b"
)
_NOW_CALLED = lazy_pattern(
    r"\b(?:the|this|our|a)[ ](?P<place>[a-z]+(?:[ ]street)?)[ ](?:is|was|has[ ]been|had[ ]been)[ ]"
    r"(?:now[ ]|temporarily[ ]|briefly[ ]|also[ ])?(?:called|named|known[ ]as)[ ][“\"‘']?$"
)
"""A place said to go by a new name: "the village is now called Saltmere"."""
_TOWN = lazy_pattern(r"towns?|villages?|cit(?:y|ies)|hamlets?|harbou?rs?|ports?|islands?")
_CLAUSE_START = lazy_pattern(r".*(?:[.;:!?]|^)")


def names_a_set(text: str, match: re.Match[str]) -> bool:
    """The title at ``match`` is the name a place was given for the shoot: the words it was
    renamed from are a place (a café, a street, a shop), or the renaming is "for the occasion"."""
    start = match.start("title")
    called = _NOW_CALLED.search(text, max(start - 60, 0), start)
    if called is not None and (
        _TOWN.fullmatch(called["place"]) or _PLACE.fullmatch(called["place"])
    ):
        return True  # "the town is now called Saltmere": the place's name, dressed for a shoot
    if _RENAMED.search(text, max(start - _RENAMED_REACH, 0), start) is None:
        return False
    if _FOR_THE_SHOOT.match(text, match.end("title")):
        return True
    clause = _CLAUSE_START.match(text[:start])
    head = text[max(clause.end() if clause else 0, start - 80) : start]
    return _PLACE.search(head) is not None
