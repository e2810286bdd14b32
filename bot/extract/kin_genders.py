"""Who the article makes a man or a woman by the kin part they play.

"Tom Reed plays her older brother" makes Reed "he", "Ada Vale plays his mother" or "Ada Vale,
who plays Tom Reed's mother," makes Vale "she": a "she says" whose pronoun found Reed is not his
(see :mod:`bot.extract.gendered_subjects`).
"""

from __future__ import annotations

from functools import lru_cache

from bot.extract.names import FULL_NAME
from bot.extract.people import People, clean_name
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_MALE = (
    "brother|half-brother|stepbrother|father|stepfather|dad|son|stepson|husband|ex-husband"
    "|uncle|nephew|grandfather|grandson|boyfriend|fiancé"
)
_FEMALE = (
    "sister|half-sister|stepsister|mother|stepmother|mum|mom|daughter|stepdaughter|wife|ex-wife"
    "|aunt|niece|grandmother|granddaughter|girlfriend|fiancée"
)
_PLAYS_KIN = lazy_pattern(
    rf"(?P<name>{FULL_NAME})(?:,[ ]who)?[ ](?:plays|played|is[ ]playing|will[ ]play)[ ]"
    rf"(?:her|his|their|the[ ]\w+[’']s|(?:[A-Z][\w-]+[ ]){{0,2}}[A-Z][\w-]+[’']s)[ ]"
    rf"(?:[a-z]+[ ]){{0,2}}?"
    rf"(?:(?P<male>{_MALE})|(?P<female>{_FEMALE}))\b(?![’'-])"
)


def kin_genders(doc: Doc, people: People) -> dict[str, str]:
    """Each known person the article casts as a man's or a woman's kin part: "he" or "she"."""
    found: dict[str, str] = {}
    for raw, pronoun in _kin_parts(doc.text):
        name = people.resolve(raw)
        if name is None:
            continue
        if found.setdefault(name, pronoun) != pronoun:
            found[name] = ""  # both: we cannot tell
    return {name: pronoun for name, pronoun in found.items() if pronoun}


@lru_cache(maxsize=4)
def _kin_parts(text: str) -> tuple[tuple[str, str], ...]:
    """Each name the text casts in a kin part, with its pronoun, in order (one pass per article,
    however many quotes ask: the people it resolves against grow as quotes are read). Every
    match holds " play" ("plays", "is playing"): a text without it is not scanned name by name.
    """
    if " play" not in text:
        return ()
    return tuple(
        (clean_name(match["name"]), "he" if match["male"] else "she")
        for match in _PLAYS_KIN.finditer(text)
    )
