"""A leaving told with the part's new actor in the same breath, for
:mod:`bot.extract.castwithdrawals`: "He left the series during production, and Y now plays
Mira", "Lena Moss quit in May; Ada Vale now plays Mira". The leaver (named, or a pronoun for
the one actor the sentence before casts) had the part the new actor now plays, even where the
part is named shorter than before ("Dame Mira" for "Dame Mira Holt"): that casting is former.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.castforms import CHAR
from bot.extract.lexicon import LEFT_VERBS
from bot.extract.names import NAME, People, clean_character
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus

_HINTS = (" now plays ", " currently plays ")
_LEFT_NOW_PLAYS = re.compile(
    rf"^(?P<old>He|She|They|{NAME})[ ](?:has[ ]|had[ ])?(?:since[ ]|now[ ])?{LEFT_VERBS}\b"
    r"[^.;:“”\"]{0,80}?(?:,[ ]and|[ ]and|;|,[ ]so)[ ]"
    rf"(?P<new>{NAME})[ ](?:now|currently)[ ]plays[ ](?P<char>{CHAR})"
)
_PRONOUNS = frozenset(("He", "She", "They"))


def left_now_plays(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each leaver's part that a new actor "now plays" made former."""
    if not any(hint in doc.body for hint in _HINTS):
        return cast
    for index, view in enumerate(doc.views):
        if not any(hint in view.chunk for hint in _HINTS):
            continue
        match = _LEFT_NOW_PLAYS.match(view.chunk.lstrip())
        if match is None:
            continue
        before = doc.views[index - 1] if index else None
        told = "" if before is None else doc.text[before.span.start : before.span.end]
        leaver = _leaver(people, cast, match["old"], told)
        if leaver is not None and people.resolve(match["new"]) != leaver:
            cast = _former(cast, leaver, clean_character(match["char"]))
    return cast


def _leaver(people: People, cast: list[CastFact], old: str, told: str) -> str | None:
    if old not in _PRONOUNS:
        return people.resolve(old)
    actors = {f.actor for f in cast if f.status is CastStatus.CURRENT and f.evidence in told}
    return actors.pop() if told and len(actors) == 1 else None


def _former(cast: list[CastFact], leaver: str, part: str) -> list[CastFact]:
    held = [
        f
        for f in cast
        if f.actor == leaver and f.status is CastStatus.CURRENT
        and (f.character == part or f.character.startswith(f"{part} "))
    ]  # fmt: skip
    if len(held) != 1:
        return cast
    return [replace(f, status=CastStatus.FORMER) if f is held[0] else f for f in cast]
