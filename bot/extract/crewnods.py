"""A nominee in brackets after a crew category the production was nominated in, for
:mod:`bot.extract.crewlisted`: "The film also picked up nods for best film, best original score
(X) and best ensemble" makes X its composer (the work is the sentence's subject, so the name
in brackets is its own nominee)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole

_NODS = re.compile(
    r"\b(?:[Tt]he[ ](?:film|movie|series|show)|[Ii]t)[ ](?:also[ ])?(?:picked[ ]up|earned|"
    r"received|landed|collected|has[ ](?:picked[ ]up|earned|received|landed))[ ]"
    r"(?:[a-z]+[ ])?(?:nods|nominations)[ ](?:for|in)[ ](?P<list>[^.;:]{1,200})"
)
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
_CATEGORY = re.compile(
    rf"(?i:\bbest[ ](?:[a-z]+[ ]){{0,2}}?(?P<noun>{'|'.join(_WORDS)}))[ ]\((?P<name>{NAME})\)"
)


def nod_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each "best <craft> (Name)" in the list of nods the production itself picked up."""
    if " (" not in chunk or ("nods" not in chunk and "nominations" not in chunk):
        return
    for match in _NODS.finditer(chunk):
        for category in _CATEGORY.finditer(match["list"]):
            yield category["name"], CREW_WORDS[category["noun"].lower()]
