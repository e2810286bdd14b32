"""A credits line whose label is set in bold markdown, as forum posts write it: "**Director:** X"
and "**Screenplay:** Y, adapting her own novel" read as "Director: X" and "Screenplay: Y, ..."."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_BOLD_LABEL = lazy_pattern(r"^\*\*(?P<label>[A-Za-z][A-Za-z &/-]{0,40}:)\*\*[ ]")
"""The bold label at a line's start, its colon inside the marks."""


def unbolded(chunk: str, lower: str, starts: list[int]) -> tuple[str, str, list[int]]:
    """The chunk without the bold marks around its opening label (capitals' offsets moved to
    match); any other chunk unchanged."""
    match = _BOLD_LABEL.match(chunk)
    if match is None:
        return chunk, lower, starts
    end = match.end("label")
    plain = f"{match['label']} {chunk[match.end() :]}"
    moved = [at - 2 if at < end else at - 4 for at in starts if at >= 2]
    return plain, plain.lower(), moved
