"""A clause subject that is someone's work, never the person a later pronoun stands for.

"Low Orchard was her first series for a streamer" or "The Kiln Year is his debut feature": the
subject is a title told as the pronoun's person's work (not in quote marks, so the known-title
list may miss it), perhaps past a "which" aside ("Low Tide, which lands next week, is his last
outing"). "She says" after it is the work's maker, never the work. So is a title told
as the subject of a credit verb ("Skerrow Reach is created and written by X", "The Tin Orchard
was directed by Y"): what follows speaks of its maker.
"""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_WHICH_ASIDE = r"(?:,[ ]which[ ][^,;:.]*,)?"
"""A relative aside between the work and its verb ("Low Tide, which lands next week, is ...")."""

_OWNED_WORK = lazy_pattern(
    _WHICH_ASIDE + r"[ ]+(?:is|was|will[ ]be|has[ ]been|had[ ]been|remains|became|becomes)[ ]"
    r"(?:her|his|their)[ ](?:[a-z-]+[ ]){0,3}?"
    rf"(?:{GENRE_NOUNS}|series|show|film|feature|debut|project|job|credit|production|work|outing|appearance"
    r"|season|chapter)s?\b"
)

_CREDIT = "(?:created|written|directed|produced|adapted|devised|co-created|co-written|shot|scored)"
_CREDITED_WORK = lazy_pattern(
    r"[ ]+(?:is|was|will[ ]be|has[ ]been|had[ ]been|are|were)[ ](?:also[ ])?"
    rf"{_CREDIT}(?:(?:,[ ]|[ ]and[ ]|,[ ]and[ ]){_CREDIT}){{0,3}}[ ]by[ ]"
)


def owned_work(chunk: str, at: int, raw: str) -> bool:
    """``raw`` (at ``at`` in ``chunk``) is the subject of "is her first drama", "was his
    latest film" or "is written by": a work, not a person."""
    end = at + len(raw)
    return _OWNED_WORK.match(chunk, end) is not None or _CREDITED_WORK.match(chunk, end) is not None
