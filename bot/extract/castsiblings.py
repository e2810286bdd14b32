"""A bracketed pair's order told by the list lines around it, for :mod:`bot.extract.castorder`.

"- Mira Holt, played by Ada Vale: ...", "- Gus Penn (Tom Reyes), a fisherman", "- Sally Penn,
played by Lena Moss": when every other line of the same bulleted run names its part before its
actor in a plain form, the bracketed line keeps that order too (and the reverse). Lines that
disagree, or a run with no plain line, settle nothing.

A round-up of posts heads each entry with a line that is only a pair ("Ada Vale (Mira Holt)"),
and keeps one order in all its headings, as one list does: two such headings or more are one
list to settle, so an entry that tells its person's act ("Ada shared ...") settles a heading
whose own names tell nothing.
"""

from __future__ import annotations

from bot.extract.castforms import Casting

_BULLETS = frozenset("-*•·▪◦–")
_MIN_HEADINGS = 2


def sibling_order(item: Casting, plain: list[Casting], text: str) -> bool | None:
    """True: the run's lines put the actor first; False: the part; None: nothing tells."""
    block = _bulleted_run(text, item.start)
    if block is None:
        return None
    start, end = block
    orders: set[bool] = set()
    for other in plain:
        if not start <= other.start < end or other.flexible or not other.actor:
            continue
        line_start = text.rfind("\n", 0, other.start) + 1
        line_end = text.find("\n", other.start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        actor_at, part_at = line.find(other.actor), line.find(other.character)
        if actor_at < 0 or part_at < 0 or actor_at == part_at:
            return None
        orders.add(actor_at < part_at)
    return next(iter(orders)) if len(orders) == 1 else None


def _bulleted_run(text: str, at: int) -> tuple[int, int] | None:
    """The span of the run of bulleted lines holding ``at``, if its line is bulleted."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _bulleted(text, line_start):
        return None
    start = line_start
    while start > 0:
        before = text.rfind("\n", 0, start - 1) + 1
        if not _bulleted(text, before):
            break
        start = before
    end = line_start
    while end < len(text):
        nxt = text.find("\n", end)
        if nxt < 0:
            end = len(text)
            break
        end = nxt + 1
        if not _bulleted(text, end):
            break
    return start, end


def _bulleted(text: str, line_start: int) -> bool:
    return text[line_start : line_start + 1] in _BULLETS and text.startswith(" ", line_start + 1)


def heading_lists(kept: list[Casting], lists: list[list[int]], text: str) -> list[list[int]]:
    """``lists`` (indexes into ``kept``) with the one-pair lists that are each a whole line,
    a round-up's entry headings, joined into one list when there are two at least."""
    headings = [m for m in lists if len(m) == 1 and _whole_line(kept[m[0]], text)]
    if len(headings) < _MIN_HEADINGS:
        return lists
    return [[m[0] for m in headings], *(m for m in lists if m not in headings)]


def _whole_line(item: Casting, text: str) -> bool:
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.end)
    rest = text[item.end : line_end if line_end >= 0 else len(text)]
    return not text[line_start : item.start].strip() and not rest.strip()
