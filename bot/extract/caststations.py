"""An actor read from a station's or a channel's name, for :mod:`bot.extract.castchecks`.

A transcript's or a listing's credit line names the station and its programme the way a cast
list names an actor and a part: "Radio Harrowgate – The Friday Show, broadcast 4 May" (invented
example) reads as a dash list's "<actor> – <part>". No person's name opens with a medium's
word, so the pair is no casting.
"""

from __future__ import annotations

from bot.facts import CastFact

_MEDIUM_FIRST = frozenset({"Radio", "Podcast", "Channel", "Station", "Studio"})
"""A medium's word that opens a station's or a channel's name ("Radio Harrowgate")."""


def station_actor(fact: CastFact) -> bool:
    """Whether ``fact``'s actor is a station's or a channel's name ("Radio Harrowgate")."""
    first, _, rest = fact.actor.partition(" ")
    return first in _MEDIUM_FIRST and bool(rest)
