"""A title printed in capitals ("will be titled COPPER BAY: EVERY TIDE") is a press release's
house style, not the title's spelling: where the article also writes the same title in normal
case ("Copper Bay: Every Tide"), that spelling is the one served. A title the article only ever
writes in capitals ("TÁRN") is held: its spelling is unknown (a reader writes it in the title's own
case, which the capitals do not tell)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held


def spelled_titles(text: str, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts, each title in capitals given the article's normal-case spelling of it (held
    where it has none); one that then repeats a title already served is dropped."""
    served = {f.title for f in facts if f.kind is ReleaseKind.TITLE and f.confidence >= SERVE_LINE}
    kept: list[ReleaseFact] = []
    for fact in facts:
        title = fact.title
        if fact.kind is not ReleaseKind.TITLE or not title or not _in_capitals(title):
            kept.append(fact)
            continue
        normal = _normal_case(text, title)
        if normal is None:
            kept.append(held(fact, "title only in capitals"))
        elif fact.confidence < SERVE_LINE:
            kept.append(replace(fact, title=normal))
        elif normal not in served:
            served.add(normal)
            kept.append(replace(fact, title=normal))
    return kept


def _in_capitals(title: str) -> bool:
    letters = [c for c in title if c.isalpha()]
    return len(letters) > 3 and title.upper() == title


def _normal_case(text: str, title: str) -> str | None:
    for match in re.finditer(re.escape(title), text, re.IGNORECASE):
        if not _in_capitals(match.group()):
            return match.group()
    return None
