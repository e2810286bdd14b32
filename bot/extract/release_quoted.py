"""A time word inside a quoted title: the season in (“The Winter Orchard”) or ‘Summer of ’89’
names a work; it is no window of the film's release or shoot."""

from __future__ import annotations

import re

from bot.extract.text import is_title_like

_OPENERS = {"“": "”", "‘": "’"}


def in_a_title(chunk: str, start: int) -> bool:
    """``start`` lies inside curly quotation marks whose words read as a title."""
    if "“" not in chunk and "‘" not in chunk:
        return False
    for opener, closer in _OPENERS.items():
        opened = chunk.rfind(opener, 0, start)
        if opened < 0 or chunk.find(closer, opened + 1, start) >= 0:
            continue  # no quotation open at ``start``
        closed = chunk.find(closer, start)
        if closed >= 0 and is_title_like(chunk[opened + 1 : closed]):
            return True
    return False


_SUBTITLE = re.compile(r"[A-Z][\w’'-]*:[ ](?:[A-Z][\w’'-]*[ ]){0,2}$")
_NUMBERED = re.compile(r"[ ](?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def in_a_subtitle(text: str, match: re.Match[str]) -> bool:
    """A capitalised "Season" or "Episode" that ends a title's subtitle ("Lanterns: Every
    Season", "Paper Boats: The Lost Episode"): a work's name, not a season of a show; "Lanterns:
    Season 2" is still a season."""
    word = match.group()
    return (
        word[:1].isupper()
        and ": " in text
        and _SUBTITLE.search(text, max(match.start() - 40, 0), match.start()) is not None
        and _NUMBERED.match(text, match.end()) is None
    )
