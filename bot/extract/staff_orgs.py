"""A name after a plural staff noun and "at" is the organisation they work for.

"Analysts at Tallyhouse said ...", "Researchers from Ardent Metrics found ..." and "Staff at
the Lyric told us ..." credit the words to a firm through its unnamed staff: the capitalised
name is a company, never a person, however the article names it elsewhere ("figures from
Tallyhouse"). Read as a person, such a firm would be served as someone who spoke. "Sources at
X" and "insiders at X" are no one the firm speaks through: unnamed sources, labelled in full.
"""

from __future__ import annotations

import re

from bot.extract.people import clean_name
from bot.extract.speaker_antecedents import Speaker
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_STAFF_AT = lazy_pattern(
    r"\b(?P<staff>(?:[Aa]nalysts|[Rr]esearchers|[Ss]cientists|[Ss]taff|[Ee]xecutives|"
    r"[Oo]fficials|[Ee]conomists|[Ss]tatisticians|[Ff]orecasters|[Ss]trategists|[Ee]xperts|"
    r"[Ee]mployees|[Ss]taffers|[Bb]osses|[Ee]ditors|[Pp]rogrammers|[Ee]ngineers|"
    r"[Rr]epresentatives|[Rr]eps|[Ss]pokespeople|(?P<unnamed>[Ss]ources|[Ii]nsiders))"
    r"[ ](?:at|from|with|for|inside|within)[ ](?:the[ ])?"
    r"(?:(?:[a-z-]+[ ]){0,2}(?:firm|company|agency|group|consultancy|studio|network|streamer|"
    r"broadcaster|publisher|distributor|tracker|outlet|platform|service)[ ])?)$"
)
"""A plural staff noun and its preposition right before the name ("Analysts at ", "Reps for
"), perhaps with the kind of firm between ("Analysts at research firm "); never any other
lowercase words ("Staff at the home of Ada Vale": a person's home). ``unnamed`` the sources
and insiders who speak for no firm."""
_REACH = 70
"""How far before the name its staff noun can start."""


def staff_firm(pre: str, match: re.Match[str], attribution: str) -> Speaker | None:
    """The speaker when a speech pattern's ``match`` names a firm right after "Analysts at" or
    kin, whichever pattern found the name ("Analysts at research firm X said"): the firm, or
    "Sources at X" as unnamed; None for a name standing on its own."""
    name = match.groupdict().get("name")
    if not name:
        return None
    staff = _STAFF_AT.search(pre, max(match.start("name") - _REACH, 0), match.start("name"))
    if staff is None:
        return None
    if staff["unnamed"]:
        return Speaker(staff["staff"] + clean_name(name), SourceKind.UNNAMED, attribution)
    return Speaker(clean_name(name), SourceKind.ORGANISATION, attribution)
