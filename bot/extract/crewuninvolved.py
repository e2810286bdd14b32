"""A commentator named by a post and said to have no part in the work, for
:mod:`bot.extract.crewotherworks`.

A review round-up or an awards story asks an outsider for a view and says so in a relative
clause after the name: "Casting director Ada Vell, who was not involved with the film, said ...",
"producer Tam Orr, who had no part in the series, thinks ...", "editor Jo Pike, who did not work
on the production" (invented examples). The post is the outsider's trade, not a credit on the
work.
"""

from __future__ import annotations

from bot.extract.cues import word_led
from bot.lazy_patterns import lazy_pattern

_UNINVOLVED = lazy_pattern(
    r",[ ]who[ ](?:(?:is|was|were|has[ ]been|had[ ]been)[ ](?:not|never)[ ](?:involved|connected|"
    r"associated|attached)[ ](?:with|in|to)|(?:has|had)[ ](?:no[ ](?:part|role|hand|involvement)"
    r"[ ]in|nothing[ ]to[ ]do[ ]with)|(?:did|does)[ ]not[ ]work[ ]on|"
    r"(?:never|didn[’']t|did[ ]not)[ ](?:worked|work)[ ]on)[ ]"
)
"""The relative clause right after the name that puts its holder outside the work ("who had no
part in", never "who had no formal training": a "no" needs a part it denies)."""


def uninvolved(name: str, evidence: str) -> bool:
    """Whether ``name`` stands just before a clause saying they had no part in the work."""
    return next(word_led(name, evidence, _UNINVOLVED), None) is not None
