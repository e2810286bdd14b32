"""The maker of a series told as its source, for :func:`bot.extract.crewpage.page_credits`:
"BBC One's six-part drama from Ada Vale" and "the limited series from Ada Vale" credit Ada Vale
as creator. Only a series's shape ("six-part", "limited series") is read so (a film "from" a
person may be the director's), and only a person the article names by surname elsewhere (a
company is never called by its last word alone)."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.extract.organisations import looks_like_company
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_SERIES_FROM = lazy_pattern(
    r"\b(?:[\w]+-part|limited|mini-?)[ ](?:[\w-]+[ ]){0,2}?(?:drama|series|thriller|comedy|"
    rf"saga|miniseries)[ ]from[ ](?P<name>{NAME})(?=[,.;:]|[ ](?:and|who|for|with)\b)"
)


def series_makers(doc: Doc, context: Context) -> list[tuple[str, CrewRole, str]]:
    """ "..., a six-part drama from X": X's creator credit, with its evidence."""
    if " from " not in doc.text or ("-part " not in doc.text and "series from" not in doc.text):
        return []
    found: list[tuple[str, CrewRole, str]] = []
    for view in doc.views:
        chunk = view.chunk
        if " from " not in chunk or view.span.start in context.foreign:
            continue
        for match in _SERIES_FROM.finditer(chunk):
            name = match["name"]
            if _surname_alone(doc.text, name) and not looks_like_company(name):
                evidence = doc.text[view.span.start : view.span.end].strip()
                found.append((name, CrewRole.CREATOR, evidence))
    return found


def _surname_alone(text: str, name: str) -> bool:
    """The article also calls the person by surname alone ("Vale wrote every episode")."""
    parts = name.split()
    if len(parts) < 2:
        return False
    surname = re.escape(parts[-1])
    alone = rf"(?<![\w’'-])(?<!{re.escape(parts[-2])}[ ]){surname}(?![\w-])"
    return re.search(alone, text) is not None
