""" "Hit" as a noun after a channel's name, not the verb of a release.

"Crews for the Netflix hit Larkfield moved into the square on Monday": "the Netflix hit" names
the show, and the day is the crews' move. "Larkfield hit Netflix on Monday" keeps "hit" as the
release verb: the channel comes after it there, the show's name before it."""

from __future__ import annotations

from bot.extract.lexicon import BROADCASTER
from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

_HIT_NOUN = lazy_pattern(rf"\b{BROADCASTER}(?:[ ][A-Z][\w+]*)?[ ]hit[ ](?=[A-Z])(?!{BROADCASTER})")
"""A channel's name, then "hit", then a capitalised name that is not a channel: "the BBC hit
Larkfield", "Netflix hit Larkfield" (a noun), not "Larkfield hit Netflix" (a verb)."""


def hit_noun_only(before: str) -> bool:
    """The only release verb in ``before`` is "hit" read as a noun ("the Netflix hit X moved
    into town")."""
    if " hit " not in before or _HIT_NOUN.search(before) is None:
        return False
    return RELEASE_VERB.search(_HIT_NOUN.sub("the ", before)) is None
