"""A name a place takes on set, not the work's title.

"a small bakery near the harbour road, temporarily renamed “Maison Odette” for the occasion",
"the high street was renamed Gull Lane for filming", "a pub on the seafront has been renamed
“The Tarred Oar”": what is renamed is a café, a street or a shop dressed for the shoot, so
the new name is the place's, never a title of the work.
"""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern

_PLACE = lazy_pattern(
    r"\b(?:caf[eé]s?|bakery|bakeries|shops?|stores?|pubs?|bars?|inns?|hotels?|restaurants?|"
    r"bistros?|diners?|streets?|roads?|lanes?|squares?|stations?|schools?|churche?s?|houses?|"
    r"buildings?|boutiques?|markets?|kiosks?|salons?|venues?|theatres?|cinemas?|signs?|"
    r"shopfronts?|storefronts?|premises|avenues?|rue|high[ ]street)\b",
    re.IGNORECASE,
)
_RENAMED = lazy_pattern(r"\b(?:renamed|rebranded|redressed)[ ](?:as[ ])?[“\"‘']?$")
_FOR_THE_SHOOT = lazy_pattern(
    r"^[”\"’']?[ ]for[ ](?:the[ ])?(?:occasion|filming|shoot|shooting|production|scene|"
    r"scenes|day|cameras)\b"
)
_CLAUSE_START = lazy_pattern(r".*(?:[.;:!?]|^)")


def names_a_set(text: str, match: re.Match[str]) -> bool:
    """The title at ``match`` is the name a place was given for the shoot: the words it was
    renamed from are a place (a café, a street, a shop), or the renaming is "for the occasion"."""
    start = match.start("title")
    if _RENAMED.search(text, 0, start) is None:
        return False
    if _FOR_THE_SHOOT.match(text[match.end("title") :]):
        return True
    clause = _CLAUSE_START.match(text[:start])
    head = text[max(clause.end() if clause else 0, start - 80) : start]
    return _PLACE.search(head) is not None
