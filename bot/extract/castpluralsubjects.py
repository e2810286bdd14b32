"""A plural verb whose subject is a list, for :mod:`bot.extract.castnotparts`.

"A and B, who play Tom's friend X and the head girl Y" pairs names and parts only in order: the
one name right before the plural verb is not its whole subject, so that form alone casts no one.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PLURAL_VERBS = frozenset({"play", "portray", "voice"})
_ADVERBS_ONLY = lazy_pattern(
    r"(?:[ ]?(?:also|still|now|both|all|each|currently|together|again|[a-z]+ly))*"
)
"""A lead of adverbs alone: the bare verb after it agrees with its subject, not a modal."""
_SHARED_SUBJECT = lazy_pattern(r"(?:[ ]and|[ ]&|,)[ ]$")
"""Right before the actor, a list's joint: "A and B play ..." (the verb is both names')."""


def plural_subject(kw: str, chunk: str, span: tuple[int, int], lead: str) -> bool:
    """A plural verb ("who play", "and B play") whose subject is a list, not the one name
    before it: "A and B, who play Tom's friend X and the head girl Y" pairs only in order."""
    if kw not in _PLURAL_VERBS or not _ADVERBS_ONLY.fullmatch(lead):
        return False
    start, end = span
    return ", who " in chunk[start:end] or _SHARED_SUBJECT.search(chunk, 0, start) is not None
