"""A premiere event told beside the release in one sentence: "The film's out on Friday and you're
premiering it tonight", "It lands on Streamly on 9 May, and the cast premiere the film in Leeds
two days before". Both days read as the premiere date; the earlier is the gala night, an event
ahead of the release, and the later is when the film comes out."""

from __future__ import annotations

from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PREMIERING = lazy_pattern(
    r"\b(?:premiering|premiere[sd]?)[ ](?:it|the[ ](?:film|movie|series|show))\b"
    r"|\b(?:world|gala|red[ -]carpet)[ ]premiere\b"
)
"""A premiere as an event the cast or a festival holds: "premiering it tonight", "its world
premiere" (not "premieres on Netflix", which is the release)."""
_OUT = lazy_pattern(r"\b(?:out|lands|arrives|hits|streams|drops)\b")
"""The release told in the same sentence, by a word no event uses."""


def premiere_events_dropped(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """The facts without a premiere day that another, later premiere day from the same sentence
    follows, when the sentence holds both a premiere event and the film coming out."""
    days = [f for f in facts if f.kind is ReleaseKind.PREMIERE_DATE and f.date and f.served]
    return [
        fact
        for fact in facts
        if fact.kind is not ReleaseKind.PREMIERE_DATE
        or fact.date is None
        or _PREMIERING.search(fact.evidence) is None
        or _OUT.search(fact.evidence) is None
        or not any(
            other.evidence == fact.evidence and other.date is not None and other.date > fact.date
            for other in days
        )
    ]
