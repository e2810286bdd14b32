"""A described subject set in commas straight after a name is that name again, never a new
subject: in "Creator Ada Vale, the trilogy's author, posted a still with the words:" the clause's
subject is Ada Vale, and "the trilogy's author" only tells who she is. Left among the subjects,
the description (the last one before the quote) would be read as someone else and handed to
whoever the text named last."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_DESCRIBED = lazy_pattern(r"(?:the|a|an|his|her|their|its)[ ]")
"""A determiner opening a description ("the author", "a longtime friend")."""
_LEADS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "this", "that"})
"""First words that make the subject before a description no name ("The insider, a ...")."""
_APPOSED = lazy_pattern(r"[ ]*,[ ]*$")
"""Only a comma between the name and the description."""
_CLOSED = lazy_pattern(r"[ ]*,[ ]")
"""The description closed by a comma, as an aside ("Ada Vale, the author, posted")."""


def apposed_descriptions_dropped(
    chunk: str, subjects: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """``subjects`` less each described one that only stands in commas after a name just
    before it ("Ada Vale, the author, said": one subject, Ada Vale)."""
    kept: list[tuple[int, str]] = []
    for at, raw in subjects:
        if kept and _apposed_to(chunk, kept[-1], at, raw):
            continue
        kept.append((at, raw))
    return kept


def _apposed_to(chunk: str, before: tuple[int, str], at: int, raw: str) -> bool:
    start, name = before
    if not name[:1].isupper() or name.split()[0].lower() in _LEADS or not _DESCRIBED.match(raw):
        return False
    closed = _CLOSED.match(chunk, at + len(raw)) is not None
    return closed and _APPOSED.fullmatch(chunk[start + len(name) : at]) is not None
