"""A credit in a relative clause on the production named by its title, for
:func:`bot.extract.crewforms.other_credits`: "Salt Year, which Ada Vale directed from Tom
Reyes's screenplay, was shot in 2025" credits Ada Vale as director when Salt Year is the
article's own production (another work's clause credits nothing here)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CrewRole

_VERBS: dict[str, CrewRole] = {
    "directed": CrewRole.DIRECTOR,
    "co-directed": CrewRole.DIRECTOR,
    "wrote": CrewRole.WRITER,
    "co-wrote": CrewRole.WRITER,
    "scripted": CrewRole.WRITER,
    "scored": CrewRole.COMPOSER,
    "shot": CrewRole.CINEMATOGRAPHER,
    "edited": CrewRole.EDITOR,
    "created": CrewRole.CREATOR,
}
_TITLE_WHICH = re.compile(
    rf"(?P<work>{NAME}),[ ]which[ ](?P<name>{NAME})[ ](?:also[ ])?(?P<verb>{'|'.join(_VERBS)})"
    r"(?=[,.;]|[ ](?:from|in|on|for|with|over|across)\b)"
)


def titled_which(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """ "Title, which X directed ...": X's credit, when the title is the article's own."""
    if ", which " not in chunk:
        return
    for match in _TITLE_WHICH.finditer(chunk):
        if context.is_ours(match["work"]):
            yield match["name"], _VERBS[match["verb"]]
