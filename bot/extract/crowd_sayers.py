"""A crowd ("Several hundred fans", "Thousands of viewers") says nothing by itself.

A quote the extractor found from the text around it, with no speech verb of its own, goes to
the last subject before; after "Several hundred fans had seen the film." that is the crowd,
while the words ("I cried from minute ten.") are one person's, most often one the text names
next ("One of them, Lea, said: “...”"). A crowd credited by its own speech verb ("hundreds of
fans chanted “...”") keeps the words.
"""

from __future__ import annotations

import re

from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_CROWD = lazy_pattern(
    r"(?:(?:several|many|a[ ]few|some|two|three|four|five|\d+)[ ])?"
    r"(?:hundreds?|thousands?|dozens?|scores)[ ](?:of[ ])?[a-z]",
    re.IGNORECASE,
)
"""An unnamed source's label counting a crowd: "Several hundred fans", "Dozens of viewers"."""


def crowds_unsaid(quotes: list[QuoteFact]) -> list[QuoteFact]:
    """Each quote credited to a crowd with no speech verb of its own, left to no one."""
    return [
        fact.unattributed()
        if fact.source is SourceKind.UNNAMED
        and not fact.attribution
        and _CROWD.match(fact.speaker) is not None
        else fact
        for fact in quotes
    ]
