"""A nominee named beside a crew category the production was nominated in, for
:mod:`bot.extract.crewlisted`: "The film also picked up nods for best film, best original score
(X) and best ensemble" makes X its composer, and so do "best director for Y" and "the
cinematography of Z" in that list ("It picked up nine nominations, including best director for
Y"): the work is the sentence's subject, so the nominee named there is its own. A full name
only after "for" and "of" (a title may follow those words). The work's own remaining nods told
by category ("The film's other nominations came in editing, for X, and score, for composer Y")
credit the same way, and so does a bare craft right before its nominee in the work's own run
("The film, about a ferry, earned nods for best film, editing for X and original score for Y";
"Its craft nominations include cinematography for Z": invented)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import FULL_NAME, NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_NODS = lazy_pattern(
    r"\b(?:[Tt]he[ ](?:film|movie|series|show|(?:[A-Z][\w’'-]*[ ]){1,4}production)|[Ii]t)"
    r"(?:,[ ][^.;:,]{1,150},)?[ ](?:also[ ])?"
    r"(?:picked[ ]up|earned|"
    r"received|landed|collected|has[ ](?:picked[ ]up|earned|received|landed))[ ]"
    r"(?:(?:[a-z]+|[A-Z]{2,}|[A-Z][a-z]+)[ ]){0,3}?(?:nods|nominations)"
    r"(?:[ ](?:for|in)|,[ ](?:[^.;:,]{1,40},[ ])?including)[ ](?P<list>[^.;:]{1,300})"
)
"""The count and the awards' own name may stand before the nods: "nine Bafta nominations",
"three Golden Globe nods"."""
_ITS_NODS = lazy_pattern(
    r"\b(?:[Tt]he[ ](?:film|movie|series|show)[’']s|[Ii]ts)[ ](?:(?:other|remaining|further|"
    r"two|three|four|five|craft|technical)[ ])?(?:nods|nominations)[ ](?:(?:came|come|were|are)"
    r"[ ](?:in|for)|include[sd]?)[ ](?P<list>[^.;:]{1,200})"
)
"""The work's own nods, told by category after it ("Its craft nominations include editing for
X", invented)."""
_UP_FOR = lazy_pattern(
    r"(?:^|\.[ ])(?:[Tt]he[ ](?:[a-z-]+[ ]){0,3}?(?:film|movie|series|show|drama|comedy|thriller|"
    r"documentary)|[Ii]t)(?:,[ ][^.;:,]{1,150},)?[ ](?:is|was)[ ](?:also[ ])?(?:up|nominated|"
    r"shortlisted)[ ]for[ ](?P<list>[^.;:]{1,250})"
)
"""The work as the sentence's subject "is up for" a list of awards: "The quiet drama, about a
ferry, is up for best film and best score for X" (invented)."""
_WORDS = (
    "director",
    "direction",
    "screenplay",
    "score",
    "music",
    "editing",
    "cinematography",
    "casting",
)
_CATEGORY = lazy_pattern(
    rf"(?i:\bbest[ ](?:[a-z]+[ ]){{0,2}}?(?P<noun>{'|'.join(_WORDS)}))[ ]\((?P<name>{NAME})\)"
)
_FOR = lazy_pattern(
    rf"(?i:\bbest[ ](?:[a-z]+[ ]){{0,2}}?(?P<noun>{'|'.join(_WORDS)}))[ ]for[ ]"
    rf"(?P<name>{FULL_NAME})"
)
_BARE = lazy_pattern(
    rf"(?i:(?<![\w-])(?:original[ ]|adapted[ ])?(?P<noun>{'|'.join(_WORDS)})),?[ ]for[ ]"
    rf"(?:(?:the[ ])?[a-z]+[ ])?(?P<name>{FULL_NAME})"
)
"""A bare category with its nominee, in the work's own list: "cinematography, for X"."""
_BARE_RUN = lazy_pattern(
    rf"(?i:(?<![\w’'-])(?:original[ ]|adapted[ ])?(?P<noun>{'|'.join(_WORDS)}))[ ]for[ ]"
    rf"(?P<name>{FULL_NAME})"
)
"""A bare category right before its nominee in the work's own run of nods: "cinematography
for X" (no word between, so "for the screenplay, for editor Y" stays with its own rule)."""
_ITS_BY = lazy_pattern(
    r"\bits[ ](?P<noun>screenplay|script|score|music|cinematography|editing),[ ]by[ ]"
    rf"(?P<name>{NAME})(?:[ ]and[ ](?P<other>{NAME}))?(?=,|$)"
)
"""The work's own craft and who did it, in its run of nods: "nominations for its screenplay, by
X and Y, and for best ensemble" (invented); a surname alone is the article's to resolve."""
_OF = lazy_pattern(
    r"\bthe[ ](?P<noun>cinematography|editing|score|music|screenplay)[ ]of[ ]"
    rf"(?P<name>{FULL_NAME})"
)


def nod_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each "best <craft> (Name)", "best <craft> for Name" and "the <craft> of Name" in the
    list of nods the production itself picked up."""
    if " for best " in chunk:
        for match in _UP_FOR.finditer(chunk):
            for category in _FOR.finditer(match["list"]):
                yield category["name"], CREW_WORDS[category["noun"].lower()]
    if "nods" not in chunk and "nominations" not in chunk:
        return
    for match in _NODS.finditer(chunk):
        found = (p.finditer(match["list"]) for p in (_CATEGORY, _FOR, _OF, _BARE_RUN))
        for category in (m for matches in found for m in matches):
            yield category["name"], CREW_WORDS[category["noun"].lower()]
        for its in _ITS_BY.finditer(match["list"]):
            role = CREW_WORDS[its["noun"]]
            yield from ((name, role) for name in (its["name"], its["other"]) if name)
    for match in _ITS_NODS.finditer(chunk):
        for category in _BARE.finditer(match["list"]):
            yield category["name"], CREW_WORDS[category["noun"].lower()]
