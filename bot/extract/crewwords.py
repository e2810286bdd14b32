"""Crew job words, nouns and verb forms alike, and the role each credits: one table for the
crew patterns that read a role from the word they matched ("editing", "scored", "producers").
A pattern lists the words it accepts itself; this only names their role."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.cues import scan
from bot.extract.names import NAME
from bot.extract.people import clean_name
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

CREDIT_PARTICIPLE = r"(?:directed|written|penned|produced|scored|shot|created|edited)"
"""The credit participles before "by" that the patterns on another work's credits share
("directed by X", "that series was written by X")."""

CREW_WORDS: dict[str, CrewRole] = {
    "director": CrewRole.DIRECTOR,
    "directing": CrewRole.DIRECTOR,
    "directed": CrewRole.DIRECTOR,
    "co-directed": CrewRole.DIRECTOR,
    "is directing": CrewRole.DIRECTOR,
    "will direct": CrewRole.DIRECTOR,
    "directs": CrewRole.DIRECTOR,
    "direct": CrewRole.DIRECTOR,
    "helm": CrewRole.DIRECTOR,
    "behind": CrewRole.DIRECTOR,
    "directors": CrewRole.DIRECTOR,
    "helmed": CrewRole.DIRECTOR,
    "has directed": CrewRole.DIRECTOR,
    "direction": CrewRole.DIRECTOR,
    "writer": CrewRole.WRITER,
    "screenwriter": CrewRole.WRITER,
    "writing": CrewRole.WRITER,
    "scriptwriting": CrewRole.WRITER,
    "script": CrewRole.WRITER,
    "wrote": CrewRole.WRITER,
    "written": CrewRole.WRITER,
    "co-wrote": CrewRole.WRITER,
    "penned": CrewRole.WRITER,
    "is writing": CrewRole.WRITER,
    "will write": CrewRole.WRITER,
    "writes": CrewRole.WRITER,
    "screenplay": CrewRole.WRITER,
    "writers": CrewRole.WRITER,
    "screenwriters": CrewRole.WRITER,
    "scripted": CrewRole.WRITER,
    "has written": CrewRole.WRITER,
    "creator": CrewRole.CREATOR,
    "co-creator": CrewRole.CREATOR,
    "created": CrewRole.CREATOR,
    "co-creators": CrewRole.CREATOR,
    "creators": CrewRole.CREATOR,
    "author": CrewRole.AUTHOR,
    "producer": CrewRole.PRODUCER,
    "produce": CrewRole.PRODUCER,
    "producers": CrewRole.PRODUCER,
    "produced": CrewRole.PRODUCER,
    "producing": CrewRole.PRODUCER,
    "executive producer": CrewRole.EXECUTIVE_PRODUCER,
    "executive producers": CrewRole.EXECUTIVE_PRODUCER,
    "exec producers": CrewRole.EXECUTIVE_PRODUCER,
    "exec producer": CrewRole.EXECUTIVE_PRODUCER,
    "executive produced": CrewRole.EXECUTIVE_PRODUCER,
    "ep": CrewRole.EXECUTIVE_PRODUCER,
    "composer": CrewRole.COMPOSER,
    "music": CrewRole.COMPOSER,
    "scoring": CrewRole.COMPOSER,
    "scored": CrewRole.COMPOSER,
    "score": CrewRole.COMPOSER,
    "composers": CrewRole.COMPOSER,
    "composed": CrewRole.COMPOSER,
    "cinematographer": CrewRole.CINEMATOGRAPHER,
    "shot": CrewRole.CINEMATOGRAPHER,
    "cinematography": CrewRole.CINEMATOGRAPHER,
    "camerawork": CrewRole.CINEMATOGRAPHER,
    "photography": CrewRole.CINEMATOGRAPHER,
    "director of photography": CrewRole.CINEMATOGRAPHER,
    "dop": CrewRole.CINEMATOGRAPHER,
    "dp": CrewRole.CINEMATOGRAPHER,
    "editor": CrewRole.EDITOR,
    "editing": CrewRole.EDITOR,
    "edit": CrewRole.EDITOR,
    "editors": CrewRole.EDITOR,
    "cutting": CrewRole.EDITOR,
    "edited": CrewRole.EDITOR,
    "casting director": CrewRole.CASTING_DIRECTOR,
    "casting": CrewRole.CASTING_DIRECTOR,
    "casting directors": CrewRole.CASTING_DIRECTOR,
}

CRAFT_RUN = (
    r"(?:(?!(?:and|or|the|a|an|his|her|their|score|music|screenplay|script|editing|"
    r"cinematography|camerawork|photography)[ ,])[a-z-]+,?[ ])"
)
"""One word between a possessive and its craft ("X's lush, patient cinematography"): never a
determiner or another craft, so "X's score and the cinematography of Y" gives X the score only."""
_TITLE_BEFORE = lazy_pattern(r"(?<![\w’'-])[Tt]he(?:[ ][A-Z][\w’'-]*)*[ ]$")
"""A title's "The" before a name ("The Quiet Hour's score"): a work's, never its maker."""
_MAKER_BEFORE = lazy_pattern(
    r"(?<![\w-])(?:(?:composers?|m[ae]n|wom[ae]n|person|people|minds?|musicians?|team|duo|trio)"
    r"[ ]behind|composers?[ ](?:of|for|on))"
    r"[ ]$"
)
"""Another maker told before the possessive ("the composer behind X's score", "the man behind
X's score", "one of the composers behind X's score", "the team behind ..."): X is the work,
the score's maker someone else."""


_SCORE_OF = lazy_pattern(
    rf"(?P<name>{NAME})[’']s[ ]{CRAFT_RUN}{{0,3}}?"
    r"(?:score|soundtrack|(?:piano|string|strings|orchestral|synth|cello|violin|title|main)"
    r"[ ]theme)\b"
)
"""The composer's work: "X's score", "X's piano theme" (a bare "X's theme" may be a part's)."""
_CRAFT_OF = lazy_pattern(
    rf"(?P<name>{NAME})[’']s[ ]{CRAFT_RUN}{{0,3}}?"
    r"(?P<craft>cinematography|camerawork|editing|(?<!of[ ])(?<!still[ ])photography)\b"
)
"""The work of the person behind the camera or in the cutting room: "X's cinematography"."""


def possessed_crafts(chunk: str, lower: str, starts: list[int]) -> Iterator[tuple[str, CrewRole]]:
    """The makers a possessive names by their craft ("X's score", "X's lush cinematography")."""
    if "score" in lower or "soundtrack" in lower or " theme" in lower:
        for match in scan(_SCORE_OF, chunk, starts):
            if not _in_a_title(chunk, match) and not _maker_before(chunk, match):
                yield match["name"], CrewRole.COMPOSER
    if "tography" in lower or "camerawork" in lower or "editing" in lower:
        for match in scan(_CRAFT_OF, chunk, starts):
            if not _in_a_title(chunk, match):
                yield match["name"], CREW_WORDS[match["craft"]]


def _in_a_title(chunk: str, match: re.Match[str]) -> bool:
    """The name ``match`` found ends a title led by "The" ("The Quiet Hour's score"), the
    title's "The" before the match or inside it after an opening word ("Like The Quiet Hour's
    score"): a work's, so its possessive craft names no maker."""
    start = match.end("name") - len(clean_name(match["name"]))
    return _TITLE_BEFORE.search(chunk, max(start - 60, 0), start) is not None


def _maker_before(chunk: str, match: re.Match[str]) -> bool:
    """The possessive ``match`` found follows its craft's maker told as another
    (:data:`_MAKER_BEFORE`): the name is the work's, so it credits nobody."""
    start = match.end("name") - len(clean_name(match["name"]))
    return _MAKER_BEFORE.search(chunk, max(start - 30, 0), start) is not None
