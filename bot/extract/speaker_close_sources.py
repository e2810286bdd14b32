"""Sources named by whom they are close to, for :mod:`bot.extract.speakers`: in "Sources close
to the actor say he is “...”" the speech verb's nearest noun ("the actor") is the object of
"close to"; the words are the sources', never the actor's. So in "Analysts at X said" the name
is the firm the staff speak for (:mod:`.staff_orgs`), never a person."""

from __future__ import annotations

import re

from bot.extract.speaker_antecedents import Speaker
from bot.extract.staff_orgs import staff_firm
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_CLOSE_TO = lazy_pattern(
    r"(?:^|(?<=[.;:,][ ]))(?P<label>(?:[Ss]ources|[Ff]riends|[Pp]eople|[Ss]omeone|"
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ](?:[a-z-]+[ ]){0,2}?[a-z]+)[ ]"
    r"(?:close[ ]to|familiar[ ]with|near[ ]to)[ ])$"
)
"""The unnamed sayer up to "close to" right before the speaker the pattern found."""


def close_source(pre: str, match: re.Match[str], attribution: str) -> Speaker | None:
    """The sources ``match``'s speaker is the object of ("Sources close to the actor say"), as
    an unnamed source labelled in full, or the firm staff work at; None when the speaker stands
    on its own."""
    who = match.groupdict().get("who")
    if (firm := staff_firm(pre, match, attribution)) is not None:
        return firm  # "Analysts at X said": X's staff, so the firm X
    if not who or match.start("who") != match.start():
        return None
    found = _CLOSE_TO.search(pre, 0, match.start())
    if found is None:
        return None
    return Speaker(found["label"] + who, SourceKind.UNNAMED, attribution)
