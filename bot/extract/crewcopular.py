"""A credit told with "is" after the production's own post, for
:func:`bot.extract.crewasides.owned_credits`: "the film’s composer is Jon Arve", "although the
series' editor is her husband, Paul Dane, 41" (a relative between "is" and the name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import FULL_NAME
from bot.facts import CrewRole

_COPULAR = re.compile(
    r"(?:^|[,;:][ ]|\b(?:and|but|while|although|though|whereas)[ ])"
    r"(?:[Tt]he[ ](?:film|movie|show|series|feature)(?:[’']s|(?<=s)[’'])|[Ii]ts)[ ]"
    r"(?P<role>director|writer|screenwriter|composer|editor|cinematographer|creator)[ ]is[ ]"
    r"(?:(?:his|her|their)[ ](?:son|daughter|brother|sister|wife|husband|partner|father|mother|"
    rf"cousin|nephew|niece|friend),[ ])?(?P<name>{FULL_NAME})(?=[,.;]|$)"
)
_OWNERS = ("’s ", "'s ", "s’ ", "s' ", "its ", "Its ")
"""The owner words the pattern needs, tested before it (most sentences have none)."""


def copular_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The person named after "the film's <post> is"."""
    if " is " not in chunk or not any(owner in chunk for owner in _OWNERS):
        return
    for match in _COPULAR.finditer(chunk):
        yield match["name"], CREW_WORDS[match["role"]]
