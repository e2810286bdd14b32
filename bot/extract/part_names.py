"""What a page gives the check of a part's lines (spoken in the work, not anyone's quote:
:mod:`bot.extract.part_lines`): the names its parts go by, and whether it is a review (whose
unnamed figures of the story speak too)."""

from __future__ import annotations

import re

from bot.extract.honorific_names import given_name
from bot.extract.text import Doc
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_REVIEW = lazy_pattern(r"\b(?:review|reviewed)\b", re.IGNORECASE)
_RATING_REACH = 160
"""How far under the headline a review's star rating sits (after a standfirst or a channel)."""


def parts_of(cast: tuple[CastFact, ...], headline: str) -> frozenset[str]:
    """The names a part goes by, that no actor's name shares: full, first name alone past a
    title ("Dr Ada Lane" is "Ada"), and surname alone ("When Lane says “...”"), unless the
    headline holds the surname (a work named for its part: "Lane" there is the work)."""
    characters = {fact.character for fact in cast}
    actors = {fact.actor for fact in cast}
    names = set(characters)
    names |= {given_name(part) for part in characters if " " in part}
    taken = actors | {actor.split()[0] for actor in actors}
    words = {word for actor in actors for word in actor.split()} | set(headline.split())
    names |= {part.split()[-1] for part in characters if " " in part} - words
    return frozenset(name for name in names if name not in taken and name[:1].isupper())


def is_review(doc: Doc) -> bool:
    """The headline calls the article a review, or a star rating sits right under it."""
    if doc.title_para is None:
        return False
    title = doc.paras[doc.title_para]
    if "★" in doc.text[title.end : title.end + _RATING_REACH]:
        return True
    return _REVIEW.search(doc.text, title.start, title.end) is not None
