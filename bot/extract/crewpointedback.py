"""A crew member told as having worked on an earlier work the article points back to with
"that": "Casting director X, who cast that show, remembers ...", "Director Y, who made that film,
says ...", "Editor Z, who had cut that series, ..." (invented examples). A profile names the
subject's earlier work, then the people from it; "that show" is the earlier work, never the one
the article is about, so the credit is that work's and not served as ours (:mod:`crewchecks`)."""

from __future__ import annotations

from bot.extract.crewhedges import surname_at
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_POINTED_BACK = lazy_pattern(
    r",[ ]who[ ](?:had[ ]|has[ ])?(?:also[ ])?(?:[a-z-]+ed|cast|made|cut|shot|wrote|ran|led|"
    r"scored|co-wrote|produced|directed|created)[ ](?:on[ ])?that[ ]"
    r"(?:show|film|series|drama|movie|soap|serial|play|production|short|feature|project)\b"
)
"""The relative clause right after the name that sets it on "that" earlier work."""


def pointed_back(fact: CrewFact) -> bool:
    """Whether the credit's name is followed by a clause setting it on "that show/film"."""
    if " that " not in fact.evidence or ", who " not in fact.evidence:
        return False
    return any(
        _POINTED_BACK.match(fact.evidence, end) is not None
        for _, end in surname_at(fact.name, fact.evidence)
    )
