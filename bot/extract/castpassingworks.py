"""Parts of another work named in passing with its actor, for :mod:`bot.extract.castelsewhere`.

Live blogs, guides and profiles recall an actor by another show's part (invented examples):

* the show's star label, then the part: "Tin Yard star Ada Vale, who played Mira Holt, ...";
* a clause on joining it: "Vale, who joined Copse Gang as Jem Hollis in 2023, ...";
* a "which" clause after a short aside on the show: "try Tin Yard, also on Larkspit, in which Ada
  Vale plays Mira Holt".

The part is that show's; a show the article knows as its own keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.castactornouns import STAR_LEADS
from bot.extract.lexicon import NATIONALITIES
from bot.extract.names import NAME
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_PART = r"(?P<part>[^,;:.()“”\"]{1,60})"
_STAR_WHO = lazy_pattern(
    rf"(?<![a-z][ ])(?P<work>{NAME})[ ]star[ ](?P<actor>{NAME}),[ ]who[ ](?:has[ ])?"
    rf"(?:played|plays|voiced|voices|portrayed|portrays)[ ]{_PART}"
)
"""A show's star, then a clause on the part: "Tin Yard star Ada Vale, who played Mira" (not
after an adjective: "hunky Welsh star Ada Vale, who plays" names no show)."""
_WHO_JOINED = lazy_pattern(
    rf"(?P<actor>{NAME}),[ ]who[ ](?:had[ ]|has[ ])?(?:joined|rejoined)[ ]"
    rf"(?:the[ ]cast[ ]of[ ])?[“\"‘']?(?P<work>{NAME})[”\"’']?[ ]as[ ]{_PART}"
)
"""A clause on the actor joining a show as the part: "Vale, who joined Tin Yard as Mira"."""
_ASIDE_WHICH = lazy_pattern(
    rf"(?P<work>{NAME}),[ ](?:also|now|currently|still)[ ][^,;:()“”\"]{{1,40}},[ ]"
    rf"(?:in[ ]which|where)[ ](?P<actor>{NAME})[ ](?:also[ ])?(?:plays|played|voices|voiced|"
    rf"portrays|portrayed|stars[ ]as|starred[ ]as)[ ]{_PART}"
)
"""A show, a short aside on where it streams, then the part: "Tin Yard, also on Larkspit, in which
Ada Vale plays Mira"."""
_IN_OURS = lazy_pattern(r"[ ]in[ ]the[ ](?:film|movie|series|show|drama)\b")
"""The part placed in the article's own work, named only by its kind: "Tin Yard star Ada Vale,
who plays Mira in the film" is our casting, her other show only how the piece knows her."""
_CUES = ((" star ", _STAR_WHO), (", who ", _WHO_JOINED), (" also ", _ASIDE_WHICH))


def passing_work_part(fact: CastFact, ours: Callable[[str], bool]) -> bool:
    """Whether the casting's sentence gives the part as another named work's (see above);
    ``ours`` tells the article's own titles."""
    text, surname = fact.evidence, fact.actor.rsplit(" ", 1)[-1]
    return any(
        match["actor"] in (fact.actor, surname)
        and fact.character in match["part"]
        and not _IN_OURS.search(match["part"])
        and match["work"].lower() not in STAR_LEADS
        and not NATIONALITIES.issuperset(match["work"].split("-"))  # "British-Nigerian star X"
        and (match.start() > 0 or " " in match["work"])  # "Lead star X": no show
        and not ours(match["work"])
        for cue, pattern in _CUES
        if cue in text
        for match in pattern.finditer(text)
    )
