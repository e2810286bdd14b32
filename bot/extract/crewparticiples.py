"""A director told in a participle aside: "X, directing from Y's screenplay, watches from a
monitor", "X, directing from a script by Y, ..." (the film's script, so the film's director;
"directing from the Lumen script" names another work's, and is left)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.names import NAME
from bot.facts import CrewRole

_DIRECTING_FROM = re.compile(
    rf"(?P<name>{NAME}),[ ](?:(?:again|also|once[ ]again)[ ])?directing[ ]from[ ]"
    rf"(?:(?:a|the|an|his|her|their)[ ](?:(?:new|original|own|adapted)[ ])?|{NAME}[’']s[ ])"
    r"(?:script|screenplay)\b(?![’'-]|[ ](?:of|for)[ ][A-Z“\"‘'])"
)


def participle_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The director a participle aside credits."""
    if ", directing from " not in chunk and "again directing from " not in chunk:
        return
    yield from ((m["name"], CrewRole.DIRECTOR) for m in _DIRECTING_FROM.finditer(chunk))
