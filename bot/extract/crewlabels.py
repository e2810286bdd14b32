"""A credits line's label ("Music: X", "* DoP: X" in a bulleted list): where it may start."""

from __future__ import annotations

MARKS = frozenset({"", "* ", "- ", "• "})
"""What may come before a label: nothing, or a list's mark."""
LIST_MARK = r"(?<=^[-*•][ ])"
"""The same mark, as a regex lookbehind at a line's start."""


def labelled(chunk: str, at: int, verbs: str) -> bool:
    """Whether the label at ``at`` opens its line ("Cast: X (Part)" lists actors, not crew)."""
    return chunk[:at] in MARKS and verbs.lower() != "cast"
