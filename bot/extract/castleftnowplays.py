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
from bot.extract.names import NAME, clean_character
from bot.extract.people import People
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_HINTS = (" now plays ", " currently plays ")
_WORK = (
    r"(?:show|series|serial|soap|drama|sitcom|film|movie|production|project|franchise|"
    r"programme|musical|play|sequel|saga|adaptation|part|role|character|cast)"
)
_LEFT_WHAT = (
    rf"(?:[ ](?:from|out[ ]of))?[ ](?:the|this|that|his|her|their)[ ](?:[\w-]+[ ]){{0,2}}?{_WORK}\b"
)
"""What was left, when told: the work, the part or the production, never "his agent"."""
_AFTER_LEAVING = (
    r"(?=,|;|[ ](?:and|so|in|during|after|before|at|on|over|last|earlier|midway|partway|this|"
    r"that|when|while|following|amid|because|for|ahead|early|late|mid-[\w-]+)\b)"
)
"""What may follow the leaving verb, or its work: a time or a reason, never another object."""
_NOT_THE_PART = (
    r"(?![\w’'-]|[ ][A-Z]|[ ]as[ ](?:a[ ]|an[ ]|the[ ])?(?:young(?:er)?|older|boy|girl|child|"
    r"teen(?:ager)?|kid|baby|youngster|adult)\b)"
)
"""After the name: not the part's kin ("Mira's father"), nor a younger Mira ("Mira as a boy")."""
_LEFT_NOW_PLAYS = lazy_pattern(
    rf"^(?P<old>He|She|They|{NAME})[ ](?:has[ ]|had[ ])?(?:since[ ]|now[ ])?{LEFT_VERBS}\b"
    rf"(?:{_LEFT_WHAT})?{_AFTER_LEAVING}"
    r"[^.;:“”\"]{0,80}?(?:,[ ]and|[ ]and|;|,[ ]so)[ ]"
    rf"(?P<new>{NAME})[ ](?:now|currently)[ ]plays[ ](?P<char>{CHAR}){_NOT_THE_PART}"
)
_PRONOUNS = frozenset(("He", "She", "They"))
_GENDERED = {
    "he": "he",
    "his": "he",
    "him": "he",
    "himself": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
    "herself": "she",
    "actress": "she",
}
_GENDER_WORD = lazy_pattern(r"\b(?:he|his|him|himself|she|her|hers|herself|actress)\b", re.I)
_PART_GENDER = lazy_pattern(
    r"\b(?:(?P<she>Dame|Lady|Mrs|Miss|Ms|Queen|Princess|aunt|mother|sister|daughter|wife|niece|"
    r"grandmother|girlfriend)|(?P<he>Sir|Lord|Mr|King|Prince|uncle|father|brother|son|husband|"
    r"nephew|grandfather|boyfriend))\b"
)


def left_now_plays(doc: Doc, people: People, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each leaver's part that a new actor "now plays" made former.

    The leaver must have left the work, the part or the production (or left with no object:
    "quit in May"), and the new actor must play the part itself, not its kin or a younger it.
    A pronoun leaver is the one actor the sentence before casts, when what the article tells
    of that actor there (the pronouns, "actress", the part's title or kin word) agrees with the
    pronoun. The part may be named shorter than before ("Dame Mira" for "Dame Mira Holt")."""
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
    held = [f for f in cast if f.status is CastStatus.CURRENT and f.evidence in told]
    actors = {f.actor for f in held}
    if not told or len(actors) != 1:
        return None
    if old != "They" and _genders(told, held) != {old.lower()}:
        return None  # "She left" after a casting that tells him as "he", or tells nothing
    return actors.pop()


def _genders(told: str, held: list[CastFact]) -> set[str]:
    """The genders the sentence before tells of its one actor: its pronouns, "actress", and the
    title or kin word of the part ("Dame Mira", "Ansel's aunt Mira")."""
    found = {_GENDERED[word.group().lower()] for word in _GENDER_WORD.finditer(told)}
    for fact in held:
        for word in _PART_GENDER.finditer(told[: told.find(fact.character) + len(fact.character)]):
            found.add("she" if word["she"] else "he")
    return found


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
