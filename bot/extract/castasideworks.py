"""Another work named only inside an aside on the actor, for :mod:`bot.extract.cast`: "X, best
known as Y in Lumen, as Mira" and "X, who starred in Lumen, plays Mira" credit Mira to our
production; the aside opens straight after the actor's name and closes before the part's verb.
"""

from __future__ import annotations

import re

_PART_VERB = re.compile(r"(?:(?:will|now|also)[ ])?(?:as|plays?|playing|portrays?|stars[ ]as)[ ]")


def aside_work(chunk: str, other: int, actor: str, start: int, end: int) -> bool:
    """The other work at ``other`` lies in an aside between the actor and the part's verb."""
    if not start < other < end or not chunk.startswith(", ", start + len(actor)):
        return False
    close = chunk.find(", ", other, end)
    return close >= 0 and _PART_VERB.match(chunk, close + 2) is not None


LOOSE_ASIDE = (
    r"[a-z]+[ ]as[ ](?:a|an)[ ][a-z][^,.;:()“”\"]{1,30}"
    r"|(?:discovered|spotted|found|raised|born|trained|signed)[ ](?:at|in|by|on|through|from|"
    r"during|after)[ ][^,.;:()“”\"]{1,60}"
    r"|(?:best[ ]|widely[ ])?known[ ](?:[a-z]+ly|to[ ][^,.;:()“”\"]{1,30}?)[ ](?:as|for)[ ]"
    r"[^,.;:()“”\"]{1,80}"
)
"""An aside after an actor's name that is a simile, a past participle or what an audience knows
them for ("X, dry as a bone, is a delight as Y"; "X, discovered at an open casting call, plays
Y"; "X, best known to viewers as Z in Lumen, plays Y"): the part after it is theirs."""
