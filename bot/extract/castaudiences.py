"""A part an audience already knows an actor by, for :mod:`bot.extract.castnotparts`.

"X will be familiar to period-drama fans as Y in Z", "X is best known to British audiences as
Y", "X may be recognisable to younger viewers as Y": the words before "as" recall a part the
actor is known for (another work's), not a part in this production.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_KNOWN_TO = lazy_pattern(
    r"\b(?:familiar|known|recogni[sz]able|beloved|remembered)[ ]to[ ](?:[\w’'-]+[ ]){0,3}?"
    r"(?:fans|viewers|audiences|readers|watchers|listeners|gamers|followers|fandoms?|many|most"
    r"|anyone|everyone|people)$"
)


def known_to_an_audience(lead: str) -> bool:
    """Whether ``lead`` (the words between an actor and "as") says an audience knows the part."""
    return _KNOWN_TO.search(lead.rstrip()) is not None
