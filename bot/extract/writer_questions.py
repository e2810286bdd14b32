"""The writer's own question in a profile: "“And after that?” I ask." The words are the writer's,
theirs if the byline names them, and no one's otherwise; never the interviewee's."""

from __future__ import annotations

from bot.extract.speakers import Speaker
from bot.extract.text import Doc, Quote
from bot.facts import SourceKind
from bot.lazy_patterns import lazy_pattern

_WRITER_ASKS = lazy_pattern(
    r"(?P<stop>[,.!?]?)[ ]*I[ ](?:ask|asked|wonder|wondered|press|pressed|put[ ]it[ ]to)\b"
    r"(?:[ ](?:her|him|them))?"
)
_SENTENCE_STOPS = frozenset(".!?")
"""A stop after the closing mark ends the quote's sentence: "... “in 2026”. I asked whether
that meant spring." is a new sentence of the writer's, not the words' attribution."""


def writers_question(doc: Doc, quote: Quote) -> Speaker | None:
    """The writer, if "I ask" follows ``quote`` ("?” I ask." may be split off as a sentence of its
    own: "I" is capitalised); ``None`` when it does not."""
    asked = _WRITER_ASKS.match(doc.masked, quote.end + 1) if quote.closed else None
    if asked is None or asked["stop"] in _SENTENCE_STOPS:
        return None
    attribution = asked.group().strip(" ,.!?")
    if not (byline := doc.byline):
        return Speaker("", SourceKind.UNATTRIBUTED, "")
    kind = SourceKind.ORGANISATION if byline.startswith(("u/", "@")) else SourceKind.PERSON
    return Speaker(byline, kind, attribution)
