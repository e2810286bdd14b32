"""An actor noun glued to the front of a bracketed pair's name, for :mod:`bot.extract.castorder`:
"Newcomers Ada Vale (Mira Holt) and Tom Reed (Ansel Pike) arrived" captures "Newcomers Ada
Vale" as the outer name; the noun is no word of the name, so it is dropped, the full name
after it kept. A noun before anything but a full name leaves the casting as it was."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castforms import Casting
from bot.extract.lexicon import GENRE_WORDS
from bot.extract.people import is_full
from bot.lazy_patterns import lazy_pattern

_ACTOR_LED = lazy_pattern(
    r"(?:Newcomers?|Actors?|Actress(?:es)?|Stars?|Co-[Ss]tars?|Castmates?|Performers?)[ ]"
)


def without_actor_noun(item: Casting) -> Casting:
    """``item`` with an actor noun in front of its actor's name dropped."""
    led = _ACTOR_LED.match(item.actor)
    if led is None or not is_full(item.actor[led.end() :]):
        return item
    return replace(item, actor=item.actor[led.end() :])


_LEAD_WORDS = (
    "returning", "recurring", "supporting", "leading", "fellow", "former", "original", "guest",
    "young", "veteran", "rising", "both", "its", "their",
)  # fmt: skip
STAR_LEADS = frozenset((*GENRE_WORDS, *_LEAD_WORDS))
"""Words before "stars" that make it the noun ("Returning stars Ada Vale and Tom Reed reprise
..."), not a work that stars people: a kind of work or a word that describes actors."""
