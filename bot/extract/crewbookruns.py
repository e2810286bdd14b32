"""The author of the run of books our work is made from, for :mod:`bot.extract.crewasides`: a
source told as "adapted from X’s bestselling Lanterns trilogy" or "based on X’s fantasy saga".
A trilogy may be of films ("the director's Lanterns trilogy"), so the run counts only as what the
work is adapted from or based on, and a title inside it must be the article's own."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.names import NAME, TOKEN
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_RUN_OF = lazy_pattern(
    rf"\b(?:adapted[ ]from|based[ ]on)[ ](?P<name>{NAME})[’']s[ ]"
    r"(?:(?:[a-z][\w-]*|\d{4})[ ]){0,3}"
    rf"(?:(?P<work>{TOKEN}(?:[ ]{TOKEN}){{0,2}})[ ](?:[a-z][\w-]*[ ])?)?"
    r"(?:trilogy|saga|quartet|duology)\b(?![’'-])"
)
_HINTS = ("adapted from ", "based on ")


def book_runs(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """The author of the trilogy or saga the sentence says our work is adapted from."""
    if not any(hint in chunk for hint in _HINTS):
        return
    for match in _RUN_OF.finditer(chunk):
        work = match["work"]
        if work is None or context.is_known(work):
            yield match["name"], CrewRole.AUTHOR
