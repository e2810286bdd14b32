"""A credit on a piece made for the work, not on the work, for :mod:`bot.extract.crewchecks`.

A press release or a trailer round-up says who made a promotional or title piece: "The trailer
was cut by X", "The opening titles were produced by Y Studio under the direction of Z", "The
poster is designed by W" (invented shapes). The sentence's subject is the piece, so its maker
directed or produced that piece, not the film or the series: the credit is held, not served (an
animated work may call itself "the animation", so it is never dropped outright).
"""

from __future__ import annotations

from bot.facts import CrewFact, held
from bot.lazy_patterns import lazy_pattern

_PIECE_SUBJECT = lazy_pattern(
    r"^[“\"‘]?(?:The|Its|This|Their|A|An)[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:trailer|teaser|poster|animation|title[ ]sequence|opening[ ]titles|titles|music[ ]video|"
    r"featurette|key[ ]art|artwork|campaign|promo)s?"
    r"(?:[ ](?:of|for)[ ][^,.;:]{1,40}?)?[ ](?:is|was|are|were|has[ ]been|have[ ]been|will[ ]be)"
    r"[ ](?:[a-z-]+[ ]){0,2}?[a-z-]+(?:ed|en|ne|de|ut)[ ](?:by|under)[ ][^.;:!?]*$"
)
"""The piece as the passive's subject, then the clause up to the name: "The animation was
produced by Y-based Z under the direction of ", "The teaser was cut by "."""
_WORKS_OWN_POST = lazy_pattern(r",[ ](?:the|its)[ ](?:film|movie|series|show)[’']s?[ ]")
"""The work's own post set off after the name: "The trailer is scored by X, the film's composer"
(the credit stands for the work too)."""
_WORKS_OWN_POST_BEFORE = lazy_pattern(
    r"\b(?:the|its)[ ](?:film|movie|series|show)[’']s?[ ](?:own[ ])?[a-z]+,[ ]$"
)
"""The same post told before the name: "The trailer was cut by the film's own editor, X"."""
_DOUBT = "a credit on a piece made for the work (its trailer, titles or poster), not the work"


def piece_credit_held(fact: CrewFact) -> CrewFact:
    """``fact`` held when its sentence credits a trailer, titles or a poster, not the work."""
    at = fact.evidence.find(fact.name)
    if at < 0 or _PIECE_SUBJECT.match(fact.evidence, 0, at) is None:
        return fact
    if _WORKS_OWN_POST.match(fact.evidence, at + len(fact.name)) is not None:
        return fact
    if _WORKS_OWN_POST_BEFORE.search(fact.evidence, max(0, at - 40), at) is not None:
        return fact
    return held(fact, _DOUBT)
