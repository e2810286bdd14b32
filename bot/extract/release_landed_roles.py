""" "Landed" with an object: a person winning something, not the film arriving.

"Landed" reads as a release ("it landed on the service in May"), but with a thing after it it is
someone getting that thing: "Nia Obi only landed the role in October", "he landed his first
lead in March", "the studio landed a deal in June", "the channel landed it in May" (a
commission won): the time is that win's, not the film's.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_LANDED_A_THING = lazy_pattern(
    r"\b(?:landed|lands|landing)[ ](?:the|a|an|her|his|their|its|that|this|one|both)[ ]"
    r"(?:[\w’'-]+[ ]){0,3}?(?:role|part|job|gig|deal|contract|lead|spot|award|nomination|"
    r"commission|booking|audition|agent|project|rights)s?\b"
    r"|\b(?:landed|lands|landing)[ ](?:it|them)(?![\w’'])"
)


def landed_a_thing(before: str) -> bool:
    """The verb before the time is someone landing a role, deal or job ("landed the role in")."""
    return "land" in before and _LANDED_A_THING.search(before) is not None
