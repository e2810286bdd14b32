"""A sentence about the work's version in another language: "The Welsh-language version, with
the same cast, airs on S4C under the title Dynion y Môr on Tuesday", "A German-dubbed version
follows in May". That version's name and day are its own, not the work's title or premiere. An
English-language version keeps them (it may be the one the article reports)."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_OTHER_VERSION = lazy_pattern(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts)[ ](?:[a-z][\w’'-]*[ ])?(?!English\b)[A-Z][a-z]+-"
    r"(?:language|dubbed|subtitled)[ ](?:version|dub|edition|cut|broadcast|release)s?\b"
)
"""The sentence's subject, first: another language's version ("The Welsh-language version",
"A German-dubbed version", "Its French-language edition")."""


def of_another_language(chunk: str) -> bool:
    """The sentence opens on the work's version in another language than English."""
    return "-" in chunk and _OTHER_VERSION.match(chunk.lstrip("*_•- ")) is not None
