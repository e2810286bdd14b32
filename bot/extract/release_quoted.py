"""A time word inside a quoted title: the season in (“The Frost Almanac”) or ‘Summer of ’89’
names a work; it is no window of the film's release or shoot."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.quote_marks import is_title_like
from bot.lazy_patterns import lazy_pattern

_OPENERS = {"“": "”", "‘": "’"}


def in_a_title(chunk: str, start: int) -> bool:
    """``start`` lies inside curly quotation marks whose words read as a title (a title opens
    with a capital; quoted words that open with a small word name a time)."""
    if "“" not in chunk and "‘" not in chunk:
        return False
    for opener, closer in _OPENERS.items():
        opened = chunk.rfind(opener, 0, start)
        if opened < 0 or chunk.find(closer, opened + 1, start) >= 0:
            continue  # no quotation open at ``start``
        closed = chunk.find(closer, start)
        inner = chunk[opened + 1 : closed]
        if inner[:1].islower():
            continue  # “in 2026”, ‘next spring’: a source's words naming a time, no title
        if closed >= 0 and is_title_like(inner):
            return True
    return False


_SUBTITLE = lazy_pattern(
    r"(?P<main>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*):[ ](?:[A-Z][\w’'-]*[ ]){0,2}$"
)
_NUMBERED = lazy_pattern(r"[ ](?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def in_a_subtitle(text: str, match: re.Match[str], context: Context) -> bool:
    """A capitalised "Season" or "Episode" that ends our title's subtitle ("Lanterns: Every
    Season", "Wyvern Loom: The Lost Episode"): the work's name, not a season of a show;
    "Lanterns: Season 2" is still a season, and another show's subtitle is still another's."""
    word = match.group()
    if not word[:1].isupper() or ": " not in text or _NUMBERED.match(text, match.end()):
        return False
    title = _SUBTITLE.search(text, max(match.start() - 40, 0), match.start())
    if title is None:
        return False
    return not (context.ours or context.headline) or context.is_known(title["main"])
