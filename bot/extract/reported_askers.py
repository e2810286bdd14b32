"""Who a quotation opening a paragraph continues when the paragraph before reports what someone
asked of its sayer.

"Wendekamp says that Fenwood asked him for one thing only: that it should not look “like a
postcard”." gives the marked fragment to Fenwood, who asked; but the bare quotation opening the
next paragraph ("“The pilot was warm. We made it colder.”") answers for Wendekamp, who says so:
the inner clause speaks of him as "him", so Fenwood is the one reported, not the one talking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import UPPER
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Resolver, Speaker

_NAME = rf"(?:{UPPER}[\w’'-]*[ ]){{0,2}}{UPPER}[\w’'-]*"
_SAYER_REPORTS = lazy_pattern(
    rf"(?P<name>{_NAME})[ ](?:{SPEECH_VERBS})[ ](?:that[ ])?"
    rf"{_NAME}[ ](?:[a-z]+[ ])?[a-z]+(?:ed|s)[ ](?:him|her)\b"
)
"""A sentence opening "<sayer> says (that) <other> asked him ...": the other acts on the sayer."""


def before_or_sayer(resolver: Resolver, chunk: str, offset: int, start: int) -> Speaker | None:
    """The attribution before ``offset`` in ``chunk`` (at ``start``), unless it sits inside a
    clause the sentence's own sayer reports about themselves: then the sayer."""
    found = resolver.before(chunk, offset, start)
    match = _SAYER_REPORTS.match(chunk)
    if found is None or match is None:
        return found
    sayer = resolver.who(match["name"], start, "")
    if sayer is None or sayer.source is not SourceKind.PERSON or sayer.name == found.name:
        return found
    return sayer
