"""An actor read from a station's or a channel's name, for :mod:`bot.extract.castchecks`.

A transcript's or a listing's credit line names the station and its programme the way a cast
list names an actor and a part: "Radio Harrowgate – The Friday Show, broadcast 4 May" (invented
example) reads as a dash list's "<actor> – <part>". No person's name opens with a medium's
word, so the pair is no casting. Nor with a broadcaster's capitals: "executive producers
alongside BBC Drama’s Tom Wrenlow" reads as a possessive "<actor>’s <part>", the actor recased to
"Bbc Drama". Nor does one close on a production company's word: "Harrow Lane Pictures (Leeds)
and Tallow Films (Cardiff) are producing" brackets each company's city, no part.
"""

from __future__ import annotations

from bot.extract.lexicon import BROADCASTER
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_MEDIUM_FIRST = frozenset({"Radio", "Podcast", "Channel", "Station", "Studio"})
"""A medium's word that opens a station's or a channel's name ("Radio Harrowgate")."""
_BROADCASTER_WORD = lazy_pattern(rf"{BROADCASTER}$")
"""A broadcaster's first word, whole: "BBC", "RTÉ", "HBO"."""
_COMPANY_LAST = frozenset(
    {"Pictures", "Films", "Studios", "Productions", "Entertainment", "Media", "Releasing",
     "Distribution", "Television", "Animation"}
)  # fmt: skip
"""A production company's closing word ("Harrow Lane Pictures"): no person's surname."""


def station_actor(fact: CastFact) -> bool:
    """Whether ``fact``'s actor is a station's, a channel's or a company's name ("Radio
    Harrowgate", "Tallow Films")."""
    first, _, rest = fact.actor.partition(" ")
    if not rest:
        return False
    if first in _MEDIUM_FIRST or rest.rsplit(maxsplit=1)[-1] in _COMPANY_LAST:
        return True
    return _broadcaster_capitals(fact, first, rest)


def _broadcaster_capitals(fact: CastFact, first: str, rest: str) -> bool:
    """Whether the actor's first word is a broadcaster's, written in capitals where the
    sentence names it ("BBC Drama’s Tom Wrenlow": actor "Bbc Drama")."""
    capitals = first.upper()
    return (
        capitals != first
        and _BROADCASTER_WORD.match(capitals) is not None
        and f"{capitals} {rest}" in fact.evidence
    )
