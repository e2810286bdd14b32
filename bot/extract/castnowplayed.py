"""A recast told by contrast, for :mod:`bot.extract.cast`: "Mira is now played by Ada Vale, not
Tom Reed" and "Mira (now played by Ada Vale rather than Tom Reed)": the name after "not" had the
part before. Only with "now" or "currently": without them ("played by Ada Vale, not Tom Reed")
the sentence may be correcting a report, and no one is said to have played the part.

Also a leaver told first, the part's new actor after: "X has left the film, and Mira will now
be played by Ada Vale" (or "; Mira is now played by ...", "X has had to leave because of a
clash, so Mira is now played by ..."): X had the part. Only a leaver who opens the sentence (or
follows a colon or a reported "that"), so a crew member's "director X has left" is no actor.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, Casting
from bot.extract.cues import hint
from bot.extract.lexicon import LEFT_VERBS
from bot.extract.names import NAME
from bot.extract.people import clean_name
from bot.facts import CastStatus
from bot.lazy_patterns import lazy_pattern

HAD_TO_LEAVE = (
    r"(?:had|been[ ]forced|was[ ]forced)[ ]to[ ](?:leave|quit|exit|withdraw|drop[ ]out|"
    r"pull[ ]out|step[ ](?:down|away|back))"
)
"""A leaver's verb told as a necessity: "has had to leave", "was forced to pull out"."""
_NOW_NOT = lazy_pattern(
    rf"(?P<char>{CHAR}),?[ ](?:is[ ]|has[ ]been[ ])?(?:now|currently)[ ]played[ ]by[ ]"
    rf"(?P<actor>{NAME})(?:,[ ]|[ ]\()?[ ]?(?:not|rather[ ]than|instead[ ]of)[ ](?P<old>{NAME})"
    r"\b(?![’'])"
)
_LEFT_THEN_NOW = lazy_pattern(
    rf"(?:^|(?<=:[ ])|(?<=[ ]that[ ]))(?P<old>{NAME})[ ](?:has[ ]|had[ ])?"
    rf"(?:now[ ]|since[ ]|officially[ ])?(?:{LEFT_VERBS}|{HAD_TO_LEAVE})"
    rf"(?:[ ](?:the[ ](?:film|movie|series|show|production|project|cast)|{NAME}))?"
    r"(?:[ ](?:because[ ]of|due[ ]to|owing[ ]to)[ ][^,.;:()“”\"]{1,80})?"
    rf"(?:,[ ]and|[ ]and|;|,?[ ]so)[ ](?P<char>{CHAR}),?[ ]"
    rf"(?:will[ ]now[ ]be|is[ ]now|has[ ]now[ ]been)[ ]played[ ]by[ ]{NAME}"
)
_CONTRAST = hint(" not ", " rather than ", " instead of ", "(not ")


def now_not(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """The earlier actor a "now played by X, not Y" names, as a former casting of the part."""
    if "played by " not in chunk:
        return []
    former = CastStatus.FORMER
    found = [
        Casting(
            m["old"], m["char"], evidence, offset + m.start(), former, end=offset + m.end("old")
        )
        for m in (_LEFT_THEN_NOW.finditer(chunk) if " now " in chunk else ())
        if clean_name(m["old"]) == m["old"]
    ]
    if not _CONTRAST.search(chunk):
        return found
    return found + [
        Casting(
            m["old"], m["char"], evidence, offset + m.start("old"), former, end=offset + m.end()
        )
        for m in _NOW_NOT.finditer(chunk)
    ]
