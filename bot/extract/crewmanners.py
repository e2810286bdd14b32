"""A passive credit with the manner between the verb and its maker, for
:mod:`bot.extract.crewlisted`.

Reviews say how a job was done before saying who did it: "the film, directed with quiet
confidence by X", "shot with real tenderness by Y", "edited with great patience by Z" (invented
examples). Only lower-case words (the manner) may stand between "with" and "by": "written with
X by Y" is a co-writer's, no manner.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import FULL_NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_VERBS = {
    **{verb: CREW_WORDS[verb] for verb in ("directed", "shot", "edited", "scored")},
    "photographed": CrewRole.CINEMATOGRAPHER,
}
_MANNER = lazy_pattern(
    rf"\b(?P<verb>{'|'.join(_VERBS)})[ ]with[ ](?:[a-z]+[ ]){{1,3}}by[ ](?P<name>{FULL_NAME})"
)


def manner_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """Each "<verb> with <manner> by <Name>" in ``chunk``."""
    if " with " not in chunk or " by " not in chunk:
        return
    for match in _MANNER.finditer(chunk):
        yield match["name"], _VERBS[match["verb"]]
