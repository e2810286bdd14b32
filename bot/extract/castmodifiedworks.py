"""A work's title taken for an actor, for :mod:`bot.extract`.

A profile names the subject's last work as a sentence's subject: "Two months after Tin Lane
Forever brought his run as Mira's brother to an end, ..." (invented). Read alone, the title fills
an actor's place. The article gives it away elsewhere as a work: its first word stands before a
maker's or star's noun, as a work's name does ("the former Tin Lane star", "Tin Lane creator Ada
Vale"), never a person's first name. A casting whose actor opens with such a word is no casting.
"""

from __future__ import annotations

from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_WORK_MODIFIER = lazy_pattern(
    r"(?=[taefA-Z])"  # each branch's first letter: the text's other characters fail at once
    r"(?:\b(?:the|a|former|ex-)[ ](?P<starred>[A-Z][\w’'-]*)(?P<srest>(?:[ ][A-Z][\w’'-]*){0,3})"
    r"[ ]stars?\b(?![ -](?:vehicles?|turns?|power|billing|appeal|quality|wattage)\b)"
    r"|(?<![\w’'-])(?P<made>[A-Z][\w’'-]*)(?P<mrest>(?:[ ][A-Z][\w’'-]*){0,3})[ ]"
    r"(?P<noun>creator|showrunner|finale|fandom)\b)"
)
"""A work's name before the noun it modifies: "the former Tin Lane star", "Tin Lane creator"
(its first word is kept); "star" after a determiner only, never the verb ("Ada Vale and Tom
Reed star in ...") nor a person's star turn ("a Mira Holt star vehicle"). A fandom may be a
person's ("the Mira Holt fandom"): one whose words are a casting's whole actor names no work."""
_MODIFIED_NOUNS = (" star", "creator", "showrunner", "finale", "fandom")
"""A noun :data:`_WORK_MODIFIER` needs, one of which a text must hold for it to match: a
substring test rules out most articles far faster than the pattern's pass over every capital."""


def work_titled_actors_dropped(text: str, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` without the castings whose actor's first word ``text`` uses as a work's name
    and whose last word it never uses alone (a person's surname comes back on its own)."""
    if not any(noun in text for noun in _MODIFIED_NOUNS):
        return cast
    matches = list(_WORK_MODIFIER.finditer(text))
    works = {match["starred"] or match["made"] for match in matches}
    if not works:
        return cast
    fans = {match["made"] + match["mrest"] for match in matches if match["noun"] == "fandom"}
    return [
        fact for fact in cast if fact.actor in fans or not _work_titled(text, fact.actor, works)
    ]


def _work_titled(text: str, actor: str, works: set[str]) -> bool:
    first, _, rest = actor.partition(" ")
    if first not in works or not rest:
        return False
    last = rest.rsplit(" ", 1)[-1]
    return text.count(last) == text.count(actor)
