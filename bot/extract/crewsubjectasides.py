"""A credit hung on another work that opens the sentence, for :mod:`bot.extract.crewchecks`.

A round-up, chart or festival piece names a work that is not its own as the sentence's subject
and gives that work's maker in an aside after it: "Gullmoor, directed by Oren Voss and
starring Ruth Obi, slips to third", or with a relative clause on who played whom before the
credit: "Dunmere, which starred Ada Vale as Nell, was directed by Oren Voss and Tom Reed"
(invented examples). The maker is that work's, never the article's; the credit is dropped when
the title is not the article's own (and kept when the article's own title is unknown). Only a
sentence that gives the work's stars too: a profile's "Gullmoor, written by X and directed by
Y, lands in May" may name the article's own work under a title its headline leaves out.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.context import Context
from bot.extract.rival_tallies import TITLE
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_SUBJECT_THEN_CREDIT = lazy_pattern(
    rf"^[“\"‘]?(?P<title>{TITLE})[”\"’]?,[ ]"
    r"(?:(?:which|that|the|an?)[ ][^;:.!?,]{1,120}?(?:,[ ][^;:.!?,]{1,60}?)?,[ ]"
    r"(?:(?:is|was|are|were|had[ ]been|has[ ]been)[ ])?)?"
    r"(?:co-)?(?:directed|written|penned|produced|created|scored|shot|edited)[ ]by[ ]"
)
"""The sentence's first words a title, then a comma and maybe an aside on the work ("which
starred A as B and C as D, was ", "the Wickholt drama in which A plays a nurse, "), then the credit
participle: "Gullmoor, directed by "."""
_ACTS_A_PART = lazy_pattern(
    r",[ ](?:(?:now|also|again|will|is|was|be)[ ]){0,2}"
    r"(?:(?:stars?|starred|starring|plays?|played)[ ](?:as|opposite)|plays[ ](?:her|his))\b"
)
"""The subject's own verb after the aside a part's acting ("Odile Marsh, directed by X for the
third time, stars as ..."): the subject is an actor, not a title."""
_BETWEEN = lazy_pattern(r"(?:[A-Z][\w’'.-]*[ ])+(?:and|&)[ ]")
"""A first maker before the one asked about: "Oren Voss and " (the second of a pair)."""


def subject_work_credit(fact: CrewFact, context: Context) -> bool:
    """Whether ``fact`` is credited in an aside on another work that opens its sentence."""
    if not (context.ours or context.headline) or "starr" not in fact.evidence:
        return False  # with the article's own title unknown, the title may well be its own
    found = _SUBJECT_THEN_CREDIT.match(fact.evidence)
    if found is None or ours(found["title"], context):
        return False
    rest = fact.evidence[found.end() :]
    if _ACTS_A_PART.search(rest):
        return False
    if rest.startswith(fact.name):
        return True
    pair = _BETWEEN.match(rest)
    return pair is not None and rest.startswith(fact.name, pair.end())
