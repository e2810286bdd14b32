"""A capitalised run between an article and a work's kind noun, for
:mod:`bot.extract.crewleavers`.

"Filming has wrapped on T, the Sky Original film adapted from X's novel" and "a Netflix
series written for teenagers" (invented examples) put a brand or a channel between the
article and the noun: the run describes the work, it is not a person the verb after the noun
credits. So does a capitalised adjective before a book noun (:data:`PROPER_ADJECTIVE`).
"""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

PROPER_ADJECTIVE = r"[A-Z][a-z]+(?:an|ish|ic|ese)"
"""A capitalised adjective by its ending ("Victorian", "Irish", "Gothic"): it describes a work
("X's best-selling Victorian novel"), it names no one."""
_ARTICLE = lazy_pattern(r"(?:^|[ (“\"‘])(?:[Tt]he|[Aa]n?)[ ](?:[A-Z][\w’'-]*[ ]){0,3}$")
"""An article before the run, maybe with capitalised words of the run's ("the Sky" before
"Original")."""
_KIND_AFTER = lazy_pattern(rf"[ ](?:{GENRE_NOUNS}|production|feature|adaptation|sequel)\b")
"""A work's kind noun straight after the run."""


def noun_modifier(chunk: str, start: int, end: int) -> bool:
    """Whether the names from ``start`` to ``end`` sit between an article and a kind noun
    ("the Sky Original film"): words describing the work, no one the verb credits."""
    return (
        _KIND_AFTER.match(chunk, end) is not None
        and _ARTICLE.search(chunk, max(0, start - 60), start) is not None
    )
