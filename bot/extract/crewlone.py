"""One bare verb that still makes a credit, for :mod:`bot.extract.crewlisted`.

A lone closing verb ("X directed.") is held back by :mod:`bot.extract.crewbare`: alone it reads
as a fragment or an answer. Two shapes make it a full credit sentence about the article's work:
a relative clause on the full name before the verb ("Tilda Rowe, who made Tin Harbour and Wren
Fen, directed." or "Ivo Brandt wrote the script and Tilda Rowe, who made Wren Fen, directed."),
and a second credit hung on it with "with" ("Tilda Rowe directed, with Ivo Brandt producing").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole

_VERB = r"(?:wrote|directed|produced|edited)"
_FULL = rf"(?=[A-Z][\w’'-]+[ ][A-Z])(?P<name>{NAME})"
_WHO_THEN_VERB = re.compile(
    rf"(?:^|(?<=[a-z])[ ]and[ ]){_FULL},[ ]who[ ](?!also\b)[^,.;:“”\"()]{{1,100}},[ ]"
    rf"(?P<verb>{_VERB})[.!]?$"
)
_ING = ("producing", "directing", "writing", "editing")
"""The jobs a second credit may hang on "with" ("..., with Y producing"), roles in CREW_WORDS."""
_WITH_ING = re.compile(
    rf"^{_FULL}[ ](?P<verb>{_VERB}),[ ]with[ ](?=[A-Z][\w’'-]+[ ][A-Z])(?P<other>{NAME})[ ]"
    rf"(?P<ing>{'|'.join(_ING)})\b"
)


def lone_verb_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The name credited by a lone verb in one of the two full-credit shapes."""
    text = chunk.strip()
    # Each shape holds its literal comma clause: a sentence without it is not scanned.
    match = _WHO_THEN_VERB.search(text) if ", who " in text else None
    if match is not None:
        yield match["name"], CREW_WORDS[match["verb"]]
    match = _WITH_ING.match(text) if ", with " in text else None
    if match is not None:
        yield match["name"], CREW_WORDS[match["verb"]]
        yield match["other"], CREW_WORDS[match["ing"]]
