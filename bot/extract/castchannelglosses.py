"""Castings told inside a channel's gloss on another work, for
:func:`bot.extract.extract_facts`.

"Tin Lane, a BBC Two drama in which Ada Vale plays a nurse, Mira" sets the part in Tin Lane.
A profile's indefinite gloss often introduces the article's own work, so the gloss counts only
when it names a channel and a work the article is not about (neither one of its titles nor in
its headline).
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.lexicon import CHANNEL_NAME, GENRE_NOUNS
from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_CHANNEL_GLOSS = lazy_pattern(
    rf"(?P<work>{NAME}),[ ]an?[ ](?P<channel>{CHANNEL_NAME})(?:[’']s)?[ ]"
    rf"(?:[\w’'-]+[ ]){{0,3}}?{GENRE_NOUNS}[ ](?:in[ ]which|where)[ ](?P<actor>{NAME})[ ]"
    r"(?:also[ ])?(?:plays|played|voices|voiced|portrays|portrayed|is[ ]playing|stars[ ]as|"
    r"starred[ ]as)\b"
)
"""A work, its channel's indefinite gloss, then whom it casts: "Tin Lane, a Channel 4 drama in
which Vale plays", "Tin Lane, an ITV crime series where Ada Vale stars as"."""


def channel_glossed_dropped(cast: list[CastFact], context: Context) -> list[CastFact]:
    """``cast`` without the castings set in another work by its channel's gloss."""
    if not context.ours and not context.headline:
        return cast
    return [fact for fact in cast if not _in_glossed_work(fact, context)]


def _in_glossed_work(fact: CastFact, context: Context) -> bool:
    if " which " not in fact.evidence and " where " not in fact.evidence:
        return False
    surname = fact.actor.rsplit(" ", 1)[-1]
    return any(
        match["actor"] in (fact.actor, surname)
        and not ours(match["work"], context)
        and not context.is_known(match["channel"])
        for match in _CHANNEL_GLOSS.finditer(fact.evidence)
    )
