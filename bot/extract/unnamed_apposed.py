"""An unnamed someone named at once beside the description: "One fan, Ada, 17, came" names them
by a first name alone, "One fan, 19-year-old Ada Vale from Kelby, came" in full. Either way no
unnamed source's label ("one fan") fits them; a full name is who a later "she said" stands for.
"""

from __future__ import annotations

from bot.extract.names import FULL_NAME, TOKEN
from bot.lazy_patterns import lazy_pattern

_NOT_DESCRIBING = (
    "the", "a", "an", "his", "her", "their", "its", "and", "or", "but", "nor", "not", "than",
    "like", "unlike", "as", "with", "without", "besides", "beside", "alongside", "except",
    "against", "after", "before", "for", "to", "by", "from", "about", "despite", "via", "versus",
    "even", "only", "including", "plus",
)  # fmt: skip
"""Words that set another person beside the unnamed one rather than describe them ("One
critic, unlike Ada Vale, ...", "One fan, and Ada Vale, ..."): articles, conjunctions,
prepositions."""
_DESCRIBING = rf"(?!(?:{'|'.join(_NOT_DESCRIBING)})\b)(?![a-z]+ing\b)[a-z0-9][\w-]*"
"""An age or a job before the name ("19-year-old", "retired nurse"), never an article, a
conjunction or a preposition (the name is someone else then), nor a participle ("leaving the
Town Hall": a place, no name)."""
_APPOSED_FULL = lazy_pattern(
    rf"(?:[ ][a-z][\w-]*){{0,2}},[ ](?:{_DESCRIBING}[ ]){{0,3}}(?P<name>{FULL_NAME})"
    rf"(?:[ ](?:from|of|in)[ ]{TOKEN})?(?:,[ ]\d{{1,2}})?,[ ]"
)
"""A full name beside an unnamed someone, perhaps after an age or a job and before a home town
("One fan, 19-year-old Ada Vale from Kelby, had ...", "A neighbour, retired nurse Ada Vale,
...")."""

_GIVEN_NAME = lazy_pattern(
    rf"(?:[ ][a-z][\w-]*){{0,2}},[ ](?:{_DESCRIBING}[ ]){{0,3}}{TOKEN}"
    rf"(?:[ ](?:from|of|in)[ ]{TOKEN})?(?:,[ ]\d{{1,2}})?,[ ]"
)
"""A first name alone set beside an unnamed someone, perhaps after an age and before a home town
("One admirer, Ada, 17, came", "One fan, 15-year-old Ada from Kelby, said"): a later "she said"
is hers, whom no unnamed source's label fits."""


def named_beside(masked: str, end: int) -> str | None:
    """The full name set beside the unnamed source ending at ``end``; "" for a first name alone;
    None when nothing names them there."""
    full = _APPOSED_FULL.match(masked, end)
    if full is not None:
        return full["name"]
    return "" if _GIVEN_NAME.match(masked, end) else None


def article_apposed(masked: str, raw: str, end: int) -> str | None:
    """The full name set beside a subject that is a bare article and its description ("A new
    face, Ada Vale, plays his sister; she calls the set “cold”"): the clause's subject is Ada
    Vale, whom a later "she" stands for; None for any other subject or no full name there."""
    if raw not in {"A", "An"}:
        return None
    full = _APPOSED_FULL.match(masked, end)
    return full["name"] if full is not None and full.group().count(",") == 2 else None


_UNNAMED_OPEN = lazy_pattern(
    r"(?<![\w’'-])(?:One|Another|An?|(?<=,[ ])(?:one|another))(?=[ ][a-z])"
)
"""An unnamed someone opening a clause ("One fan", "Another runner", "A local"), perhaps after a
fronted phrase ("Outside, one fan")."""


def unnamed_given(window: str) -> bool:
    """``window`` meets someone by a description and a first name alone ("One fan, Ada, 17, from
    Kelby, has queued since six"): a "she says" after is hers, never an earlier speaker's, though
    we cannot name her in full."""
    return any(_GIVEN_NAME.match(window, m.end()) for m in _UNNAMED_OPEN.finditer(window))
