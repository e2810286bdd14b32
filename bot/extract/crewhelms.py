"""Whether "at the helm" credits a director, for :mod:`bot.extract.crewleavers`.

"X is back at the helm" alone is X's directing. Beside someone else's directing in the same
sentence it is charge of the show, not its direction: "Creator X is back at the helm, while Y
will direct", "X remains at the helm, with Y directing every episode", "X is at the helm again,
and Y has signed on to direct" (invented examples) credit Y as director, never X. Beside a
company's producing it is charge of the company's side: "Tallow Pictures is producing, with X
back at the helm" tells who leads the producing, not who directs.

"At the helm" told as a past time is an earlier run's charge: "the show won in 2019, when X was
at the helm", "back when X and Y were at the helm" (invented). The clause dates the helm, so it
is over: the article's production is what came after.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_AT_THE = lazy_pattern(r"\bat[ ]the[ ]$")
_ANOTHER_DIRECTS = lazy_pattern(
    r"[,;][ ](?:while|whereas|with|and|but)[ ][^.;:]{0,80}?\b"
    r"(?:direct|directs|directing|directed|directorial|director)\b"
)

_PRODUCING_WITH = lazy_pattern(
    r"\b(?:is|are|will[ ]be|was|were)[ ](?:also[ ])?(?:producing|co-producing)[^.;:]{0,40}?"
    r",[ ]with[ ][^.;:]{0,60}$"
)
"""A company's producing, then "with" the one at the helm: "Tallow Pictures is producing, with"."""


def helm_of_another(chunk: str, found: re.Match[str]) -> bool:
    """Whether the verb form ``found`` is the noun "helm" ("at the helm") and the rest of the
    sentence gives the directing to someone else."""
    if not (found["verb"] or "").startswith("helm"):
        return False
    start = found.start("verb")
    if _AT_THE.search(chunk, max(0, start - 8), start) is None:
        return False
    if _PRODUCING_WITH.search(chunk, 0, start) is not None:
        return True
    return _ANOTHER_DIRECTS.search(chunk, found.end("verb")) is not None


_PAST_WHEN = lazy_pattern(
    r"(?:\b(?:19|20)\d\d|\bback|\bthen),?[ ]when[ ](?:[A-Z][\w’'-]*,?[ ]|and[ ]){0,7}$"
)
"""A past time just before the names: "in 2019, when ", "back when " (names of the list
between: the rule meets each capital)."""
_WAS_AT_THE = lazy_pattern(r"[ ](?:was|were)[ ]at[ ]the[ ]$")


def helm_in_past(chunk: str, start: int, found: re.Match[str]) -> bool:
    """Whether the names at ``start`` were "at the helm" at a past time the clause tells
    ("in 2019, when X was at the helm"): an earlier run's charge, not the production's."""
    if not (found["verb"] or "").startswith("helm"):
        return False
    verb = found.start("verb")
    return (
        _PAST_WHEN.search(chunk, max(0, start - 80), start) is not None
        and _WAS_AT_THE.search(chunk, max(0, verb - 16), verb) is not None
    )
