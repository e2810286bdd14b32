"""A plan for something other than the work, told as "due to be" or "set to be" before a verb that
releases nothing: "The closure of Quay Road is due to be lifted at 6pm on Thursday", "the car
park is scheduled to be reopened on Monday". The date is a local notice's (a road, a parking
ban), not the release's; "is due to be released on ..." and "set to be shown on ..." still are.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PLANNED_OTHER = lazy_pattern(
    r"\b(?:due|set|scheduled|expected|planned|slated)[ ]to[ ]be[ ]"
    r"(?!(?:re-?)?(?:released|screened|aired|streamed|premiered|debuted|launched|unveiled|"
    r"rolled|dropped|published|issued|distributed|revealed|announced|confirmed|filmed|wrapped|"
    r"completed|finished|recorded|staged|broadcasted|televised|dated|scheduled)\b)"
    r"[a-z]+ed\b"
)


def plans_another_thing(clause: str) -> bool:
    """The clause before a date plans something done to a thing that is not the work."""
    return " to be " in clause and _PLANNED_OTHER.search(clause) is not None
