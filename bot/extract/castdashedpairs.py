"""Actors and their parts set off by dashes, for :mod:`bot.extract.castpairs`: galleries and
live blogs write "A Vale and T Reed – Mira and Gus – arrive together" (each actor the part in
the same place of the list).

The form is narrow, as a dashed aside after names may tell anything about them ("A Vale and
T Reed – Leeds and Hull – ..."): full names only before the dashes, and between them first
names alone, as many as the actors, each reading as a part's name, with at most a word that
says they are the screen's ("on screen", "in the show", "themselves", "respectively", "of
course") before the closing dash, the same dash that opened the aside. Such an aside as often
tells where the actors are from or what they were in ("– Leeds and Truro –", "– Hollyoaks and
Emmerdale –"), and its bare words carry nothing to tell those from first names: the parts are
dropped where the article tells one of them elsewhere as a place or a work.
"""

from __future__ import annotations

from bot.extract.castforms import Casting
from bot.extract.castisruns import reads_as_part
from bot.extract.castrelational import a_place
from bot.extract.context import Context
from bot.extract.cues import scan
from bot.extract.lexicon import REFLEXIVE, RELATION, STOP_TOKENS
from bot.extract.names import FULL_NAME, LIST_SPLIT, TOKEN
from bot.extract.people import clean_name, is_full
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_DASHED_PAIRS = lazy_pattern(
    rf"(?P<actors>{FULL_NAME}(?:,[ ]{FULL_NAME}){{0,8}},?[ ](?:and|&)[ ]{FULL_NAME})"
    rf"[ ](?P<dash>[–—])[ ](?P<chars>{TOKEN}(?:,[ ]{TOKEN}){{0,8}},?[ ](?:and|&)[ ]{TOKEN})"
    rf"(?:,?[ ](?:respectively|{REFLEXIVE}|on[ ]screen|of[ ]course"
    r"|in[ ]the[ ](?:show|series|film|drama)))?[ ](?P=dash)[ ]"
)
"""Full-named actors, a dash, their parts by first name alone, and the same dash again."""
_RELATION = lazy_pattern(RELATION)


def _parts_read(parts: list[str]) -> bool:
    """Every part one word that reads as a part's name: no stop word, kind or office, nor a
    relation ("– Mum and Dad –": whom the actors came with)."""
    return all(
        " " not in p
        and p not in STOP_TOKENS
        and reads_as_part(p)
        and _RELATION.fullmatch(p.lower()) is None
        for p in parts
    )


def dashed_pairs(chunk: str, starts: list[int], evidence: str, offset: int) -> list[Casting]:
    """Each actor and part of a dashed "A and B – X and Y –" aside, paired in order."""
    if " – " not in chunk and " — " not in chunk:
        return []
    found: list[Casting] = []
    for match in scan(_DASHED_PAIRS, chunk, starts):
        actors = [clean_name(a) for a in LIST_SPLIT.split(match["actors"]) if a]
        parts = [p for p in LIST_SPLIT.split(match["chars"]) if p]
        if len(actors) != len(parts) or not _parts_read(parts) or not all(map(is_full, actors)):
            continue  # "Then A Vale and T Reed": the sentence's word is left off the first
        start, end = offset + match.start(), offset + match.end()
        found.extend(
            Casting(a, p, evidence, start, end=end) for a, p in zip(actors, parts, strict=True)
        )
    return found


def dashed_places_dropped(cast: list[CastFact], context: Context, text: str) -> list[CastFact]:
    """``cast`` without the parts of a dashed aside one of whose words the article (``text``)
    tells as a place ("filmed in Truro") or the context knows as a work: ours, or an earlier
    credit's (not a headline's word, which may be a part: "Nick and Charlie stars arrive")."""
    return [fact for fact in cast if not _placed_aside(fact, context, text)]


def _placed_aside(fact: CastFact, context: Context, text: str) -> bool:
    if " – " not in fact.evidence and " — " not in fact.evidence:
        return False
    for match in _DASHED_PAIRS.finditer(fact.evidence):
        parts = [p for p in LIST_SPLIT.split(match["chars"]) if p]
        if set(fact.character.split()) & set(parts):  # "Elowen", or "Elowen Pask" in full
            return any(
                context.is_ours(p) or p in context.earlier or a_place(p, text) for p in parts
            )
    return False
