"""A crew member named as the one replaced, for :mod:`bot.extract.crewotherworks`.

A production story tells who holds a post now by whom they replace, the replaced named with
their post after the verb: "Oren Voss replaces the show's rotating directors Tom Reed and Ada
Vale", "succeeding composer Jo Pike" (invented examples). The one replaced held the post on
the earlier run or left it; the credit is not the work's now. ("taking over from season one
director X" is left alone: the series' own director, where the article is about the series.)
"""

from __future__ import annotations

from bot.extract.crewearlierholders import POST
from bot.extract.cues import occurrences
from bot.lazy_patterns import lazy_pattern

_REPLACED = lazy_pattern(
    r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)"
    r"|(?:step(?:s|ped|ping)|stood|stand(?:s|ing))[ ]in[ ]for)[ ]"
    r"(?:(?:the|its|his|her|their)[ ])?(?:[A-Za-z][\w-]*[’'](?:s[ ]|[ ]))?"
    r"(?:(?!by[ ])[a-z-]+[ ]){0,2}?"
    rf"{POST}s?[ ](?:(?:[A-Z][\w’'.-]*[ ]){{1,3}}(?:and|&)[ ])?$"
)
"""The verb of replacing ("stepping in for" too), the replaced one's post (maybe owned: "the
show's", maybe described: "rotating", "original"), then the name, or the first of a pair before
it. Never through "by": "was replaced by director X" names the new holder."""
_REACH = 120
"""Enough characters back for the verb, the post's owner and words, and a first name of a pair."""


def replaced(name: str, evidence: str) -> bool:
    """Whether ``name`` is written as the one a new holder of the post replaces."""
    if "replac" not in evidence and "succeed" not in evidence and " in for " not in evidence:
        return False
    return any(
        _REPLACED.search(evidence, max(at - _REACH, 0), at) for at in occurrences(name, evidence)
    )
