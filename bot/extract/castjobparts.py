"""A part that is only a job's short form, for :mod:`bot.extract.castchecks`.

A write-up may describe a part by the character's job before naming it: "X plays the local MP,
Judith Pryce", "she is the town's GP". The capitals read like a name, but "MP" or "GP" is the
job, never the character: such a pair is held, never served (the name after it, if read, is
the part). So is a crew post's short form after a hire: "X, who shot Tide, comes aboard as DP"
is the film's cinematographer, no part at all.
"""

from __future__ import annotations

from bot.facts import CastFact, held

JOB_PART_DOUBT = "the part is a job's short form, not the character's name"

_JOB_SHORT_FORMS = frozenset(
    {"MP", "MEP", "MSP", "GP", "PM", "PC", "QC", "KC", "CEO", "DA", "DP", "DoP", "DOP"}
    | {"DJ", "MC", "PI", "PA", "DI", "DCI", "DS", "CFO"}
)
"""Jobs and posts written in capitals: a member of parliament, a doctor, a barrister, a disc
jockey ("stars X as a pirate DJ"), a detective's rank, and a film's director of photography
("joins as DoP")."""


def job_part(fact: CastFact) -> CastFact:
    """``fact`` held when its part is nothing but a job's short form ("as MP")."""
    if fact.served and fact.character in _JOB_SHORT_FORMS:
        return held(fact, JOB_PART_DOUBT)
    return fact
