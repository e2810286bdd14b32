"""A bracket after an actor's name that holds an earlier work, for :mod:`bot.extract.castchecks`.

A trailer's or a casting round-up's paragraph names the actor with a work she is known for in
brackets, then the part she plays here: "Vale (Dry Harbour) plays Queen Ide of the drowned
city" (invented). "Name (Name)" reads like an actor and a part; the part given right after the
bracket says the bracket is a credit, so the casting read from the bracket is held.
"""

from __future__ import annotations

from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

CREDIT_BRACKET_DOUBT = "the bracket after the actor holds a work; the part follows it"

_PART_AFTER = lazy_pattern(
    r"\)[ ](?:(?:now|also|will|is|was)[ ])?(?:plays|play|playing|played|stars[ ]as|is[ ]cast[ ]as)"
    r"[ ](?:(?:the|a|an)[ ])?"
    r"(?:(?!(?:opposite|alongside|with|beside|against|next|for|in|on|at|to|and)\b)[a-z][\w-]*[ ])"
    r"{0,2}?[A-Z]"
)
"""After the bracket, the part: ") plays Queen Ide", ") will play the young Ide"; not a co-star
or a place ("plays opposite Tom Reyes", "plays in Leeds"), which leaves the bracket the part."""


def credit_bracket(fact: CastFact) -> CastFact:
    """``fact`` held when its part is the start of a bracket after the actor's name that a part
    outside the bracket follows ("Vale (Dry Harbour) plays Queen Ide": not Vale as Dry)."""
    evidence = fact.evidence
    if not fact.served or "(" not in evidence:
        return fact
    for name in (fact.actor, fact.actor.rsplit(" ", 1)[-1]):
        at = evidence.find(f"{name} ({fact.character}")
        if at < 0:
            continue
        close = evidence.find(")", at + len(name))
        if close >= 0 and _PART_AFTER.match(evidence, close):
            return held(fact, CREDIT_BRACKET_DOUBT)
    return fact
