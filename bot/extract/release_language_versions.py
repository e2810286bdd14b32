"""A sentence about the work's version in another language: "The Welsh-language version, with
the same cast, airs on S4C under the title Llanw Oer on Tuesday". That version's name and day
are its own, not the work's title or premiere. An English-language version keeps them (it may be
the one the article reports), and so does a version told as the work's ("The French-dubbed
version of Tin Orchard arrives on 17 April, the same day as the original"), whose day the
corpus counts as the work's."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OTHER_VERSION = lazy_pattern(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts)[ ](?:[a-z][\w’'-]*[ ])?(?!English\b)[A-Z][a-z]+[- ]"
    r"language[ ](?:version|edition|cut|broadcast|release)s?\b(?![ ]of\b)"
)
"""The sentence's subject, first: another language's version, not told as the work's ("The
Welsh-language version", "The Welsh language version", "Its French-language edition,"; not
"The French-language version of Tin Orchard")."""


def of_another_language(chunk: str) -> bool:
    """The sentence opens on the work's version in another language than English."""
    return "language " in chunk and _OTHER_VERSION.match(chunk.lstrip("*_•- ")) is not None
