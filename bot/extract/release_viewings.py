"""A day a viewer watched the film on is the viewing's, not the release's: in "It dropped on
Netflix, and then I watched it again on Saturday" the release verb belongs to the clause before;
the Saturday's own clause is a viewing ("watched it again", "binged the lot"), which dates
nothing the bot serves.
"""

from __future__ import annotations

from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

_VIEWED = lazy_pattern(
    r"(?<![\w-])(?:(?:re-?|binge-?)?watched|binged)\b"
    r"(?:(?!\b(?:since|when|after|as|until|till|before|because|while)\b)[^,;])*$"
)
"""A viewing as the clause's verb, up to the day: "and then I watched it again ", "we binged
the whole thing "; not an adjective ("the most-watched film") nor a viewing that a clause of
its own follows ("watched since it arrived on Friday": that clause dates the arrival)."""


def viewed_then(clause: str) -> bool:
    """Whether ``clause`` (the words before a day, back to its clause's start) is a viewing
    with no release verb after it ("watched it again on Saturday", not "watched as it
    premiered on Friday")."""
    viewed = _VIEWED.search(clause)
    return viewed is not None and RELEASE_VERB.search(clause, viewed.end()) is None
