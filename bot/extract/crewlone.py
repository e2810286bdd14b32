"""One bare verb that still makes a credit, for :mod:`bot.extract.crewlisted`.

A lone closing verb ("X directed.") is held back by :mod:`bot.extract.crewbare`: alone it reads
as a fragment or an answer. Two shapes make it a full credit sentence about the article's work:
a relative clause on the full name before the verb ("Tilda Rowe, who made Tin Harbour and Wren
Fen, directed." or "Ivo Brandt wrote the script and Tilda Rowe, who made Wren Fen, directed."),
a second credit hung on it with "with" ("Tilda Rowe directed, with Ivo Brandt producing"), and
one item of a run of credits before another ("..., Ivo Brandt edited and Tilda Rowe composed the
score", "..., Ivo Brandt is cutting, and ...").
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_VERB = r"(?:wrote|directed|produced|edited)"
_FULL = rf"(?=[A-Z][\w’'-]+[ ][A-Z])(?P<name>{NAME})"
_WHO_THEN_VERB = lazy_pattern(
    rf"(?:^|(?<=[a-z])[ ]and[ ]){_FULL},[ ]who[ ](?!also\b)[^,.;:“”\"()]{{1,100}},[ ]"
    rf"(?P<verb>{_VERB})[.!]?$"
)
_ING = ("producing", "directing", "writing", "editing")
"""The jobs a second credit may hang on "with" ("..., with Y producing"), roles in CREW_WORDS."""
_WITH_ING = lazy_pattern(
    rf"^{_FULL}[ ](?P<verb>{_VERB}),[ ]with[ ](?=[A-Z][\w’'-]+[ ][A-Z])(?P<other>{NAME})[ ]"
    rf"(?P<ing>{'|'.join(_ING)})\b"
)


_NEXT_ITEM = lazy_pattern(
    rf",[ ]{_FULL}[ ](?P<verb>{_VERB})(?:,[ ]|,?[ ]and[ ])(?=[A-Z][\w’'-]+[ ][A-Z][\w’'-]+[ ]"
    r"(?:wrote|directed|produced|edited|composed|scored|shot|designed)"
    r"(?:[ ]the[ ](?:score|music|film|script|screenplay)\b|[.!,]|$))"
)
"""A bare verb as one item of a run of credits, the next a credit too: "..., A was director
of photography, B edited and C composed the score"."""


_BARE_ING = lazy_pattern(
    rf",[ ]{_FULL}[ ]is[ ](?P<ing>cutting|editing|scoring|directing|producing)"
    r"(?=,?[ ]and[ ][A-Z])"
)
"""A bare job in the progressive between items of a run of credits: "X is composing the score,
Y is cutting, and Z is casting director"."""


def lone_verb_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The name credited by a lone verb in one of the two full-credit shapes."""
    text = chunk.strip()
    # Each shape holds its literal comma clause: a sentence without it is not scanned.
    match = _WHO_THEN_VERB.search(text) if ", who " in text else None
    if match is not None:
        yield match["name"], CREW_WORDS[match["verb"]]
    for item in _NEXT_ITEM.finditer(text) if ", " in text else ():
        yield item["name"], CREW_WORDS[item["verb"]]
    for item in _BARE_ING.finditer(text) if " is " in text else ():
        yield item["name"], CREW_WORDS[item["ing"]]
    match = _WITH_ING.match(text) if ", with " in text else None
    if match is not None:
        yield match["name"], CREW_WORDS[match["verb"]]
        yield match["other"], CREW_WORDS[match["ing"]]
