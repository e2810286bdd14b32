"""A part's actor told in a "played by" aside, then as not coming back, for
:mod:`bot.extract.castchecks`.

"Series one's Mira Holt, played by Ada Vale, does not return" (invented example) names the part
and its actor to say she has gone: the casting is a former one, as "Ada Vale, who played Mira
Holt, has left" is. The leaving words follow the aside at once and close the clause; "does not
return to the village" or "doesn't return her calls" (a plot's), "will not return until the
finale" (still in it) and "has left for university" (the part's story) are no leaving.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

RUN = (
    r"(?:[ ](?:this|next)[ ](?:time|series|season|year|run)"
    r"|[ ](?:for|in)[ ](?:the[ ])?(?:(?:new|next|second|third|fourth|fifth|final|latest)[ ])?"
    r"(?:series|season|run|episodes?|film|movie)(?:[ ](?:two|three|four|five|six|\d{1,2}))?"
    r"|[ ](?:either|too|sadly))?"
)
"""The run the part is missing from, or a closing adverb, between the not-returning and its
clause's end: "won't be back this time.", "does not return for series two.", "isn't returning
either." (a plot's "doesn't return this call" or "won't return in time" names no run)."""
CLAUSE_END = rf"(?={RUN}[ ]?(?:[.,;:!?—–]|$))"
"""After a not-returning, the clause's end (:data:`RUN` between or not): "does not return.",
"won't be back for the film," (not "does not return until the final act" or "never returns home":
the part's own story)."""
_NOT_BACK = lazy_pattern(
    r"(?:does[ ]not|doesn[’']t|will[ ]not|won[’']t|is[ ]not|isn[’']t)[ ](?:be[ ])?"
    rf"(?:return|returning|back)\b{CLAUSE_END}"
    r"|(?:has|have)[ ](?:left|quit|exited)[ ](?:the|this)[ ](?:series|show|cast|role|part)\b"
)
"""Not coming back, told right after the aside and closing its clause (:data:`CLAUSE_END`):
"does not return.", "isn't back;", "has left the series" (not "has left for university",
"doesn't return his calls" or "won't return home": the part's own story, with the part still
cast)."""


def played_leavers(fact: CastFact) -> CastFact:
    """``fact`` made former when its sentence writes "Part, played by Actor, " and then the actor
    leaving or not coming back."""
    if fact.status is not CastStatus.CURRENT or "played by" not in fact.evidence:
        return fact
    aside = re.search(
        rf"{re.escape(fact.character)},[ ](?:[a-z]+[ ])?played[ ]by[ ]{re.escape(fact.actor)},[ ]",
        fact.evidence,
    )
    if aside is None:
        return fact
    rest = fact.evidence[aside.end() :]
    if _NOT_BACK.match(rest):
        return replace(fact, status=CastStatus.FORMER)
    return fact
