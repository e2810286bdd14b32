"""A credit whose one-word name is a channel's or streamer's, for :mod:`bot.extract.crewchecks`.

News on adaptations says a broadcaster "is adapting" a novel or that it "is being adapted by
Channel 4" (invented: "her novel Gull Point is being adapted by Netflix"). The channel
commissions the work: the credit's one word is the start of its name, no writer's; so is a
name of a channel's word and a network's ("Sky Atlantic", "BBC Two").
"""

from __future__ import annotations

from bot.extract.crewhedges import surname_at
from bot.extract.lexicon import CHANNEL
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_CHANNEL = lazy_pattern(CHANNEL)
_NETWORK_WORDS = frozenset(
    """
    Atlantic Studios One Two Three Four Films Television TV Video Originals Arts Showcase
    Comedy Cinema Plus
    """.split()  # noqa: SIM905
)
"""The words after a channel's first word that end its name: "Sky Atlantic", "BBC Two"."""


def channel_named(fact: CrewFact) -> bool:
    """Whether the credit's name is a channel's: its single word starts a channel's name where
    the sentence names it, or its first word is a channel's and the rest a network's words."""
    if " " in fact.name:  # "Max Richter": a person, whatever his first word; not "Sky Atlantic"
        first, *rest = fact.name.split()
        return _CHANNEL.fullmatch(first) is not None and _NETWORK_WORDS.issuperset(rest)
    return any(_CHANNEL.match(fact.evidence, at) for at, _ in surname_at(fact.name, fact.evidence))
