"""Names before a part that are no actor, for :mod:`bot.extract.cast`: a place or a work.

"The actor from Port Elvan, who plays Lou Carrow, ...", "a newcomer from East Harrow who will
play Kit": the name after a person's noun and "from" is where they come from. "She led the
indie feature Copper Sky as Nell Ames", "her debut in Channel 5's Copper Sky as Nell": the name
after a work's noun or an owner's possessive is the work, the actor is the sentence's subject.
Neither "Port Elvan" nor "Copper Sky" is read as playing the part.
"""

from __future__ import annotations

import re

_ORIGIN_BEFORE = re.compile(
    r"\b(?:actor|actress|actors|star|newcomer|performer|player|singer|comedian|teenager|teen|"
    r"youngster|native|graduate|student|\d{1,2}-year-old)[ ]from[ ](?:the[ ])?$",
    re.IGNORECASE,
)
"""A person's noun and "from" just before the name."""
_WORK_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their)[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:feature|short|indie|picture|pilot)[ ]$"
)
"""A work's noun the film trade uses (not a genre) just before the name: "the micro-budget
feature"."""
_OWNED_WORK_BEFORE = re.compile(
    r"\b(?:in|on)[ ](?:the[ ])?[A-Z][\w&+-]*(?:[ ](?:[A-Z][\w&+-]*|\d{1,2}))?[’']s[ ]$"
)
"""A channel's or studio's possessive after "in" just before the name: "his debut in Channel 5's
Ferry Lane as Kit" (the name is the owner's work, the actor is the sentence's subject)."""


def not_an_actor(chunk: str, match: re.Match[str]) -> bool:
    """The match's actor is named right after "the actor from" (a place), "the feature" or
    "in ITV's" (a work)."""
    before = max(match.start() - 60, 0)
    return any(
        p.search(chunk, before, match.start())
        for p in (_ORIGIN_BEFORE, _WORK_BEFORE, _OWNED_WORK_BEFORE)
    )
