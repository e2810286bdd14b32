"""The author of our work's source, for :mod:`bot.extract.crewasides`: named with its title, "X,
who created the Lanterns webcomic in 2016", "Y wrote the Copper Mile novels"; set off as "Z, the
author of the original comics"; or by what the story began as, "X, whose story began as a
webcomic in 2016, has written the screenplay" (the story the article tells). A title must be the
article's own work and in its headline: "the Harbour novels" alone makes Harbour look like ours,
and "who wrote the Harbour novels" may be about another title."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.cues import scan
from bot.extract.names import NAME, TOKEN
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_SOURCE_NOUN = r"(?:graphic[ ]novels?|novels?|books?|comics?|webcomic|webtoons?)\b"
"""What a source is, in the plural or not: "the graphic novels", "the webcomic"."""
_SOURCE_OF_OURS = lazy_pattern(
    rf"(?P<name>{NAME})(?:,?[ ]who)?[ ](?:(?:also|originally|first)[ ])?"
    r"(?:wrote|penned|authored|created|drew)[ ]the[ ]"
    rf"(?P<work>{TOKEN}(?:[ ]{TOKEN}){{0,2}})[ ]{_SOURCE_NOUN}"
)
_WHOSE_STORY = lazy_pattern(
    rf"(?P<name>{NAME}),[ ]whose[ ](?:story|characters)[ ](?:first[ ])?(?:began|started)[ ]"
    r"(?:life[ ])?as[ ]an?[ ](?:graphic[ ]novel|novel|book|comic|webcomic|webtoon)\b"
)
_ORIGINAL_AUTHOR = lazy_pattern(
    rf"(?P<name>{NAME}),[ ](?:the[ ])?author[ ]of[ ]the[ ]original[ ]{_SOURCE_NOUN}"
)
"""The source's author set off after the name: "X, the author of the original comics" (the
original of the work the article tells)."""
_VERBS = ("wrote the ", "penned the ", "authored the ", "created the ", "drew the ")
_NOUNS = ("novel", "book", "comic", "webtoon")


def source_of_ours(
    chunk: str, lower: str, starts: list[int], context: Context
) -> Iterator[tuple[str, CrewRole]]:
    """The author of the book, comic or webcomic the headline's title names, or the one our
    story began as."""
    if not any(noun in lower for noun in _NOUNS):
        return
    if " author of the original " in chunk:
        yield from ((m["name"], CrewRole.AUTHOR) for m in scan(_ORIGINAL_AUTHOR, chunk, starts))
    if " as a" in chunk and " whose " in chunk:
        yield from ((m["name"], CrewRole.AUTHOR) for m in scan(_WHOSE_STORY, chunk, starts))
    if any(v in chunk for v in _VERBS):
        for match in scan(_SOURCE_OF_OURS, chunk, starts):
            work = match["work"]
            if context.is_ours(work) and all(token in context.headline for token in work.split()):
                yield match["name"], CrewRole.AUTHOR
