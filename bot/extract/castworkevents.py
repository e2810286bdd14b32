"""Castings told among another work's people at an event, for :func:`bot.extract.extract_facts`.

A live blog or a round-up names, in passing, who else is about: "the cast of tomorrow's gala
Lumen, including Ada Vale, who plays Mira", "the Lumen panel, where Ada Vale (Mira) got a
standing ovation", "a Lumen panel with Ada Vale, who plays Mira". The part is that work's, not
this article's production's.

The work must be one the article is not about (neither one of its titles nor in its headline),
nor a channel ("the Netflix panel" is the article's own, often); and the part must be named
nowhere else in the article (a panel of the article's own work, told by an event's name, "the
Hall H panel", names parts the article gives elsewhere).
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.casttitles import sited
from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_EVENT_NOUNS = r"(?:panel|photocall|table[ ]read|reunion)"
"""Events a work's own name heads; not a screening or a premiere, which a place's name heads as
often ("a Brighton screening" of the article's own film)."""
_WORK_EVENT = lazy_pattern(
    rf"\b(?:(?:[Tt]he|[Aa]n?)[ ][“\"‘']?(?P<work>{NAME})[”\"’']?[ ]{_EVENT_NOUNS}\b|"
    rf"\b[Tt]he[ ]cast[ ]of[ ](?:[a-z][\w’'-]*[ ]){{0,3}}?[“\"‘']?(?P<cast>{NAME}))"
)
"""Another work's event or company named before the actor: "the Lumen panel", "a Lumen
photocall", "the cast of tomorrow's gala Lumen"."""


def other_events_dropped(cast: list[CastFact], context: Context, text: str) -> list[CastFact]:
    """``cast`` without the castings told among another work's people at an event."""
    if not context.ours and not context.headline:
        return cast
    return [fact for fact in cast if not _at_other_event(fact, context, text)]


def _at_other_event(fact: CastFact, context: Context, text: str) -> bool:
    evidence = fact.evidence
    if text.count(fact.character) > evidence.count(fact.character):
        return False  # the part is named elsewhere too: one of the article's own, likely
    at = evidence.find(fact.actor)
    if at < 0:
        return False
    for match in _WORK_EVENT.finditer(evidence, 0, at):
        work = match["work"] or match["cast"]
        if not sited(work) and not ours(work, context):
            return True
    return False
