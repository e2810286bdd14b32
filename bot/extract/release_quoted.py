"""A time word inside a quoted title: the season in (“The Winter Orchard”) or ‘Summer of ’89’
names a work; it is no window of the film's release or shoot."""

from __future__ import annotations

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
