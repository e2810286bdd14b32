"""A "subtitle" glossed with a part and followed by more names so glossed is the first entry of a
cast list after a colon, not a subtitled title: "with Ada Obi as Wren: Tom Reed (Sam), Lia Moss
(Ivy) and Jo Penn (Kit)", "the others as Fenwick: Ivo Tann (Ruth) and Mae Dunn (Cass)". A title
glossed once keeps its name: "Fenwick: The Long Night (Netflix), which opens in May" still is.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_SPACES = lazy_pattern(r"[ ]+")
"""The space after the title's colon, before its subtitle."""
_LIST_AFTER = lazy_pattern(
    r"[ ]\([A-Z][^()\d]{0,40}\)(?:,|[ ]and|[ ]&)[ ]"
    r"[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}[ ]\([A-Z][^()\d]{0,40}\)"
)
"""A part in brackets, then another name with its own part in brackets: a list's entries."""


def listed_as_a_person(chunk: str, title: str) -> bool:
    """The ``title`` read in ``chunk`` runs on into a bracketed part and a next entry so glossed,
    as the first name of a cast list does."""
    main, _, subtitle = title.partition(":")
    head, tail = f"{main.strip()}:", subtitle.strip()
    at = chunk.find(head)
    while at >= 0:
        gap = _SPACES.match(chunk, at + len(head))
        told = gap.end() if gap is not None else -1
        if (
            told >= 0
            and chunk.startswith(tail, told)
            and _LIST_AFTER.match(chunk, told + len(tail))
        ):
            return True
        at = chunk.find(head, at + 1)
    return False
