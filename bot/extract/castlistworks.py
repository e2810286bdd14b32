"""Castings on a list line that ends in another work, for :mod:`bot.extract.castelsewhere`.

A nominations or round-up list credits a part and then the work it is in after a comma:
"- Ada Vale as Mira, The Whin Acre" or "• Ada Vale as the sister Bea, Lumen (BBC)". The
work after the comma is the line's work: a casting there belongs to that work unless the
article's own title is the one named, so it is held (the line does not say whose it is).

A list line that is a work itself ("- Lumen (BBC)") casts nothing: a "casting" whose actor is
the article's own title is a misread and is dropped, as is one whose "actor" is the work a
sentence sets the part in ("has a cameo in the BBC's Lumen as Mira").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_BULLETS = ("- ", "• ", "* ", "– ", "— ")
_LINE_MAX = 140
_TAIL_WORK = lazy_pattern(
    r",[ ](?P<work>(?:[A-Z0-9][\w’'!?.&:-]*|of|the|and|in|a|an|on|at|to|for|are|is)"
    r"(?:[ ](?:[A-Z0-9][\w’'!?.&:-]*|of|the|and|in|a|an|on|at|to|for|are|is)){0,7})"
    r"(?:[ ]\([^()]{1,40}\))?\.?$"
)
"""The capitalised words after a list line's last comma, to its end: the line's work."""
_DESCRIBED = lazy_pattern(r"^[A-Z][\w-]*[’']s[ ][a-z]")
""""..., Ada's older sister": who the part is, not a work."""
_LINE_DOUBT = "credited on a list line beside another work"


def held_list_works(cast: list[CastFact], context: Context, text: str) -> list[CastFact]:
    """``cast`` with list-line castings beside another work held, and works read as actors
    dropped."""
    kept: list[CastFact] = []
    for fact in cast:
        if _is_owned_title(fact, context, text) or _work_before_as(fact):
            continue
        line = fact.evidence.strip()
        if line.startswith(_BULLETS) and len(line) <= _LINE_MAX and ", " in line:
            work = _tail_work(line, fact)
            if work and not context.is_known(work):
                kept.append(held(fact, _LINE_DOUBT))
                continue
        kept.append(fact)
    return kept


def _tail_work(line: str, fact: CastFact) -> str:
    match = _TAIL_WORK.search(line)
    at = match.start() if match is not None else 0
    if match is None or not line.endswith(fact.character, 0, at) or " as " not in line[:at]:
        return ""  # the work must follow "as" and the part: "- Ada Vale as Mira, Lumen"
    work = match["work"]
    if _DESCRIBED.match(work) or work in (fact.actor, fact.character):
        return ""
    if fact.character.endswith(work) or fact.actor.endswith(work):
        return ""
    return work


def _is_owned_title(fact: CastFact, context: Context, text: str) -> bool:
    """A list line "- Lumen Rising (BBC)" read as an actor and a part, where the headline names
    "Lumen Rising" and the text calls it a company's ("the BBC's Lumen Rising")."""
    actor, line = fact.actor, fact.evidence.strip()
    if not line.startswith(_BULLETS) or f"{actor} (" not in line:
        return False
    if not all(w in context.headline for w in actor.split()):
        return False
    return f"’s {actor}" in text or f"'s {actor}" in text


_IN_BEFORE = lazy_pattern(
    r"\b(?:in[ ](?:the[ ])?[A-Z][\w-]*(?:[ ][A-Z][\w-]*)?[’']s|(?:cameo|role|part|appearance|"
    r"turn|appears|appearing|up|stars|starring)[ ]in)[ ]$"
)
"""Right before a name and its "as": "in Netflix's X as Y", "a cameo in X as Y" (X is a work;
"brought in X as Y" brings a person in)."""


def _work_before_as(fact: CastFact) -> bool:
    """An "actor" that is the work someone appears in: "Ada Vale has a cameo in the BBC's Lumen
    as Mira" read as Lumen playing Mira."""
    at = fact.evidence.find(f"{fact.actor} as ")
    return at > 0 and _IN_BEFORE.search(fact.evidence, max(at - 40, 0), at) is not None
