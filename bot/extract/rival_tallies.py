"""A rival work's tally of nominations with its makers set between title and tally, for
:mod:`bot.extract.castrivaltallies` and :mod:`bot.extract.crewitems`.

An awards page counts other works' nominations too, and names who made or stars in them in an
aside between the title and the count: "The Harrow Stone, with Ida Fenn as the widowed
ferrywoman Maud Kell, earned four nominations" or "The Leeds-set Brine Lane, from director Otto
Quell, has three" (the noun left to the sentence before). Whom the aside names belongs to that
work; when it is not the page's own, they are not ours. The title must open its sentence (the
sentence is about that work).
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

TITLE = r"[A-Z][\w’'-]+(?:[ ](?:(?:of|the|and|in|on|a|an|to|&)[ ]){0,2}[A-Z][\w’'-]+){0,5}"
"""A work's title: up to six capitalised words, with small linking words ("&" too) between."""
COUNT = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen)"
)
"""A count of nominations, in figures or words."""
_ASIDE_TALLY = lazy_pattern(
    rf"[ “\"‘']*(?:(?:Meanwhile|Elsewhere|Behind[ ]it|Next),[ ])?(?P<work>{TITLE}),[ ]"
    r"(?P<aside>(?:with|from|starring|directed[ ]by|written[ ]by)[ ][^,;:.“”\"]{1,100}"
    r"(?:,[ ]who[ ][^,;:.“”\"]{1,100})?),[ ]"
    r"(?:also[ ])?(?:has|had|earned|picked[ ]up|scored|received|landed|secured|follows[ ]with|"
    rf"leads[ ]with|takes|took)[ ]{COUNT}(?:[ ](?:[A-Z]\w+[ ])?(?:nominations|nods)\b|(?=[,;.]))"
)
"""A sentence opening on a work, an aside of its makers or stars, and its count: "The Harrow
Stone, with Ida Fenn as Maud Kell, earned four nominations", "Brine Lane, from director Otto
Quell, has three,", "Tar & Feather, directed by Ida Fenn, who also stars as Maud Kell, has
five"."""
PRONOUNS = frozenset({"It", "Its", "This", "That", "She", "He", "They", "We", "Which", "Who"})
"""Subjects that stand for a work or person named before ("It has eight nominations"), not a
rival's title."""


def rival_aside(text: str) -> tuple[str, int, int] | None:
    """The work a sentence opens on and where its aside of makers starts and ends, when the
    sentence is "<work>, <aside>, <tally>"; None otherwise."""
    match = _ASIDE_TALLY.match(text)
    if match is None or match["work"] in PRONOUNS:
        return None
    return match["work"], match.start("aside"), match.end("aside")
