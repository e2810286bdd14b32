"""A day told after "Before its streaming debut," or "Ahead of its cinema release,": the sentence
fronts the release as still to come, so its day belongs to an event ahead of it ("Before its
streaming debut, the film will close Larkfest on 21 March"), not to the release. A release day
inside the fronted phrase ("Ahead of its release on 17 April, ...") is the release's and has no
comma straight after the noun, so it is left alone."""

from __future__ import annotations

from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_FRONTED_RELEASE = lazy_pattern(
    r"^[ “\"‘']*(?:Before|Ahead[ ]of)[ ](?:its|their|the[ ](?:film|series|show|drama)[’']s?)[ ]"
    r"(?:[\w-]+[ ]){0,2}?(?:debut|release|launch|arrival|premiere|bow|broadcast),"
)
"""The release fronted as still to come, no day of its own: "Before its streaming debut,"."""


def before_the_release(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a premiere day whose sentence opens with the release still ahead of it."""
    return [
        held(fact, "an event before the release")
        if fact.kind is ReleaseKind.PREMIERE_DATE
        and fact.date is not None
        and _FRONTED_RELEASE.search(fact.evidence)
        else fact
        for fact in facts
    ]
