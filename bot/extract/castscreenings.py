"""A work screened as a festival's gala is no casting.

"Brindle Cove will have its world premiere as the closing-night gala of the Glasgow Film
Festival", "Vessary Moons premieres as the centrepiece of Ostwick Fest" and "Tin Lanterns will
screen as the opening film at Dunmore Flicks" read like "X will play as Y of Z", but the subject
is a work and the words before "as" say where it is shown: no actor, no part.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SCREENED = lazy_pattern(
    r"\bits[ ](?:[\w’'-]+[ ]){0,3}?(?:premiere|debut|bow|screening|launch|showing)s?\b"
    r"|\b(?:premieres?|premiered|premiering|screens?|screened|screening)$"
)


def screened(lead: str) -> bool:
    """Whether the words between a name and "as" say a work is shown, not a part played."""
    return _SCREENED.search(lead.strip()) is not None
