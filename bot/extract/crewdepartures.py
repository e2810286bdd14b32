"""A crew member told to have left the work, for :mod:`bot.extract.crewotherworks`.

"Composer X has left the production", "X, who wrote the score, has been replaced", "X stepped
down as cinematographer", "X exited the project over creative differences" (invented shapes):
the maker held the post once, not now. Right or silent: the credit is not served.

A leaving of something else keeps the credit: "X left the set smiling", "X, who left the
broadcaster last year, directs" (the aside is passed over; the verb after it is X's).
"""

from __future__ import annotations

from bot.extract.crewearlierholders import POST
from bot.extract.cues import occurrences
from bot.extract.lexicon import LEFT_VERBS
from bot.lazy_patterns import lazy_pattern

_WORK = (
    r"(?:[ ](?:from|of|on))?[ ](?:the|this|its|their|his|her)[ ](?:[a-z-]+[ ])?"
    r"(?:production|project|film|movie|series|show|sequel|adaptation|shoot|role|post|job)\b"
    r"(?![ ](?:company|house|office|arm)\b)"
)
"""What is left: the work or the post ("the production", "the project", "his role")."""
_AS_POST = rf"[ ]as[ ](?:(?:the|its)[ ](?:[a-z-]+[ ])?)?{POST}\b"
"""Or the post itself: "stepped down as cinematographer"."""
_GONE = lazy_pattern(
    r"^(?:[ ]\([^)]{1,40}\))?(?:,[ ][^.,;!?]{1,80},)?(?:,[ ]who)?[ ]"
    r"(?:(?:has|have|had)[ ](?:now[ ]|since[ ]|officially[ ]|also[ ]|reportedly[ ])?)?"
    r"(?:"
    rf"(?:{LEFT_VERBS}|walked[ ]away|pulled[ ]out|withdrawn)(?:{_WORK}|{_AS_POST})"
    r"|(?:stepped[ ](?:down|away|back)|withdrew|withdrawn|(?:dropped|pulled)[ ]out)"
    r"(?=[.,;:!?]|$|[ ](?:over|after|amid|due|because|citing|for[ ]personal)\b)"
    r"|(?:(?:has|have|had)[ ])?been[ ](?:replaced|axed|sacked|fired|dropped|let[ ]go)\b"
    r"(?![ ](?:in|into|on|an?)\b)"
    r"|(?:was|were|is[ ]being|will[ ]be)[ ](?:replaced|axed|sacked|fired|let[ ]go)\b"
    r"(?![ ](?:in|into|on|an?)\b)"
    r"|(?:is|are)[ ]no[ ]longer[ ](?:attached|involved|on[ ]board)\b"
    r")"
)
"""Right after the name (past a bracket, a set-off aside, or into "who"): the leaving of the
work or post. A bare "has left" with no work after it is no leaving of ours ("has left the
set"); a bare "stepped down" is, when the clause ends or gives its cause."""


def departed(name: str, evidence: str) -> bool:
    """Whether ``name`` (in full or by surname) is told in ``evidence`` to have left the work
    or the post."""
    surname = name.rsplit(" ", 1)[-1]
    for shown in dict.fromkeys((name, surname)):
        for at in occurrences(shown, evidence):
            end = at + len(shown)
            if end < len(evidence) and (evidence[end].isalnum() or evidence[end] in "-’'"):
                continue  # a longer word, or a possessive: "Brenn's"
            if _GONE.search(evidence[end : end + 200]):
                return True
    return False
