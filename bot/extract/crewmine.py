"""A maker named by the speaker as their own, for :mod:`bot.extract.crewasides`: "my
cinematographer, Teo Brandt, said he would quit", "My DP, Ana Reis, told me" (the film's maker
speaking of the camera or the music on it). Only the crafts a speaker can only mean of their own
production (camera and score) are read; "my editor" or "my producer" may be a journalist's or an
agent's, and a first name alone is a colleague the article may not name in full."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import FULL_NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_MINE = lazy_pattern(
    r"\b[Mm]y[ ](?:(?:longtime|long-time|regular|usual|brilliant|wonderful|amazing|incredible)"
    r"[ ])?(?P<role>cinematographer|director[ ]of[ ]photography|DoP|DOP|DP|composer),[ ]"
    rf"(?P<name>{FULL_NAME}),"
)


def own_makers(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """ "my cinematographer, X," and "my composer, Y,": X shot the film, Y scored it."""
    if "my " not in chunk and "My " not in chunk:
        return
    for match in _MINE.finditer(chunk):
        yield match["name"], CREW_WORDS[match["role"].lower()]
