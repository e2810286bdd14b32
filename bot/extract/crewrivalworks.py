"""A work named as the article's work's rival, its maker in an aside, for
:mod:`bot.extract.crewitems`.

An awards or festival piece sets the article's work beside its contender: "Wendling's nearest
rival is Gull Pictures' The Tallymen, directed by Ewan Brisk, up for six awards" or "The
main competition is Copper Lanes, from director Ines Varrow" (invented examples). So does a list
of contenders after "up against" ("is up against Vela's Copper Bell, directed by Ewan Brisk").
The aside names that rival's maker, never ours; the sentence is left to the caller to drop when the
title is not the article's own.
"""

from __future__ import annotations

from bot.extract.rival_tallies import TITLE
from bot.lazy_patterns import lazy_pattern

_RIVAL_IS = lazy_pattern(
    r"\b(?:[Rr]ival|[Cc]ompetitor|[Cc]hallenger|[Cc]ompetition|[Cc]ontender)s?[ ]"
    r"(?:is|was|will[ ]be|remains)[ ](?:[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,2}[’']s?[ ])?"
    rf"[“\"‘]?(?P<work>{TITLE})[”\"’]?,[ ](?:(?:co-)?(?:directed|written|produced|created|made)"
    r"[ ]by|from|by|starring|with)[ ]"
)
"""The rival noun, a copula, the rival's title (a company's possessive before it allowed), then
an aside of its makers: "nearest rival is Gull Pictures' The Tallymen, directed by "."""


_UP_AGAINST = lazy_pattern(
    r"\b(?:up[ ]against|pitted[ ]against|compet(?:es|ing)[ ](?:against|with)|"
    r"head[ -]to[ -]head[ ]with)[ ][^.;:]{0,200}?"
    r"(?:(?:[A-Z][\w-]*[ ]){0,2}[A-Z][\w-]*(?:[’']s|s[’'])[ ])?"
    rf"[“\"‘]?(?P<work>{TITLE})[”\"’]?,[ ](?:(?:co-)?(?:directed|written|produced|created|made)"
    r"[ ]by|from)[ ]"
)
"""A contender in the list after "up against" (or "competing with"), a channel's possessive
before it perhaps, then its makers' aside: "is up against Tin Lane, which stars X, and Vela's
Copper Bell, directed by Y": that contender's maker."""


_HINTS = ("rival", "Rival", "ompet", "ontender", "hallenger", "against", "head")
"""Letters one of the rival nouns or phrases needs ("rival", not "ival", which every "festival"
has): a sentence without them is not read further."""


def rival_work(text: str) -> str | None:
    """The title a sentence names as a rival with its makers in an aside, or None."""
    if not any(word in text for word in _HINTS):
        return None
    found = _RIVAL_IS.search(text) or _UP_AGAINST.search(text)
    return found["work"] if found else None
