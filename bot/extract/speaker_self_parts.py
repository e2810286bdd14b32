"""Names that never say anything, for :mod:`bot.extract.speakers`: the parts and the works the
article names, and a part set beside its actor ("here is Ada Vale, Lark Tamsin herself, in
green"), so "she said" after it is the actor's, never the part's."""

from __future__ import annotations

from bot.extract import quote_checks as checks
from bot.extract.castforms import CHAR
from bot.extract.lexicon import REFLEXIVE
from bot.extract.names import FULL_NAME
from bot.extract.text import Doc
from bot.extract.work_names import titles
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_ACTOR_THEN_PART = lazy_pattern(rf"{FULL_NAME},[ ](?P<part>{CHAR})[ ]{REFLEXIVE}\b")
"""An actor, then the part: "Ada Vale, Lark Tamsin herself"."""


def no_sayers(cast: tuple[CastFact, ...], doc: Doc) -> set[str]:
    """The parts (read as cast, said to be played, or set after their actor) and the titles;
    never a cast actor's surname, read as a part through its kin ("Vale has played Reed's
    mother": Reed, who plays a part of his own, is the actor, and may speak)."""
    found = checks.characters(cast, doc) | titles(doc) | self_parts(doc)
    in_parts = {word for fact in cast for word in fact.character.split()}
    actors = {fact.actor.rsplit(" ", 1)[-1] for fact in cast if " " in fact.actor}
    return found - (actors - in_parts)


def self_parts(doc: Doc) -> set[str]:
    """Every part the article sets after its actor with "himself" or "herself"."""
    if "self" not in doc.masked:
        return set()
    return {match["part"] for match in _ACTOR_THEN_PART.finditer(doc.masked)}
