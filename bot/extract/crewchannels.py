"""A credit whose one-word name is a channel's or streamer's, for :mod:`bot.extract.crewchecks`.

News on adaptations says a broadcaster "is adapting" a novel or that it "is being adapted by
Channel 4" (invented: "her novel Gull Point is being adapted by Netflix"). The channel
commissions the work: the credit's one word is the start of its name, no writer's.
"""

from __future__ import annotations

import re

from bot.extract.crewhedges import surname_at
from bot.extract.page_entries import CHANNEL
from bot.facts import CrewFact

_CHANNEL = re.compile(CHANNEL)


def channel_named(fact: CrewFact) -> bool:
    """Whether the credit's single word starts a channel's name where the sentence names it."""
    if " " in fact.name:
        return False  # "Max Richter": a person, whatever his first word
    return any(_CHANNEL.match(fact.evidence, at) for at, _ in surname_at(fact.name, fact.evidence))
