"""A shoot the series began years ago, told in a relative clause about an actor's past: "Mara
Quarle, who first played Tess when the series began shooting in 2019, returns for the film", "Dev
Arlo, who joined as Sam when the show started filming in 2020". The time dates the actor's first
turn in the part, not this production's shoot: the fact is held."""

from __future__ import annotations

from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_ACTORS_PAST = lazy_pattern(
    r"\bwho[ ](?:first[ ]|originally[ ]|once[ ]|initially[ ])?(?:played|joined|starred|appeared|"
    r"was[ ]cast|debuted|arrived)\b[^,;.]{0,60}?\bwhen[ ]the[ ](?:original[ ])?(?:series|show|"
    r"franchise|saga|first[ ](?:series|season))[ ](?:first[ ])?(?:began|started|got[ ]under[ ]way)"
    r"[ ](?:shooting|filming|production)[ ](?:in|on)[ ](?P<when>[^,;.]{1,30})"
)


def in_an_actors_past(fact: ReleaseFact) -> bool:
    """The shoot start's time is only in a clause telling when an actor first took the part."""
    if fact.kind is not ReleaseKind.FILMING_STARTED or "when the " not in fact.evidence:
        return False
    year = str(fact.date or fact.window or "")[:4]
    return bool(year) and any(
        year in match["when"] for match in _ACTORS_PAST.finditer(fact.evidence)
    )
