"""Castings a sentence tells of another work in passing, for :mod:`bot.extract.castelsewhere`.

A review or a fan round-up compares our work with another and names that work's cast on the way:

* the work pointed back to: "(For the uninitiated, that Swedish drama starred Ada Vale as Mira
  and Bea Lund as Pip.)" (every casting after "that drama starred" is that work's);
* the work named, then its cast in an aside: "Skins burned out; Lumen, with Ada Vale as Mira,
  simply stopped." (the aside casts Lumen, when Lumen is not the article's work).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.facts import CastFact

_THAT_WORK = re.compile(
    rf"\b[Tt]hat[ ](?:[\w-]+[ ]){{0,2}}?{GENRE_NOUNS}[ ](?:also[ ])?"
    r"(?:starred|co-starred|featured|cast)[ ]"
)
"""A work told by "that" and its kind, then whom it starred: "that Swedish drama starred"."""
_WORK_WITH = re.compile(
    rf"(?:^|;[ ])[“\"‘']?(?P<work>{NAME})[”\"’']?,[ ]with[ ](?P<actor>{NAME})[ ]as[ ]"
    r"[^,;:()“”\"]{1,60},"
)
"""A work opening a clause, then its cast in an aside: "Lumen, with Ada Vale as Mira, ..."."""


def told_of_other_work(fact: CastFact, ours: Callable[[str], bool]) -> bool:
    """Whether the casting's sentence tells it of another work: one "that" points back to, or
    one it names before an aside with the actor (``ours`` tells the article's own titles)."""
    text = fact.evidence
    surname = fact.actor.rsplit(" ", 1)[-1]
    at = text.find(surname)
    if " that " in text or text.startswith("That "):
        that = _THAT_WORK.search(text)
        if that is not None and 0 <= that.start() < at:
            return True
    if ", with " not in text:
        return False
    return any(
        match["actor"] in (fact.actor, surname) and not ours(match["work"])
        for match in _WORK_WITH.finditer(text)
    )
