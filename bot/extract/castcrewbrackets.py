"""A bracket after a film-maker's name, for :mod:`bot.extract.castchecks`.

Trade reports name a director or writer with an earlier work in brackets, then the job they
are hired for: "X (Los Ríos) has been set to direct Y", "X (Tidewater) will write the
adaptation"; a megathread names a company with its producer in brackets, then the job under
way: "Larch Lane Films (Oona Petrakis) is producing". "Name (Name)" reads like an actor and a
part; the job that follows says the bracket is a credit, so the casting is held, never served.
"""

from __future__ import annotations

import re

from bot.facts import CastFact, held

CREW_BRACKET_DOUBT = "the bracketed name precedes a crew job (a film-maker's earlier work)"

_CREW_JOB_AFTER = re.compile(
    r",?[ ](?:(?:(?:has|have|had)[ ]been|is|are|was|were)[ ])?"
    r"(?:(?:set|tapped|hired|signed(?:[ ]on)?|attached|chosen|named|lined[ ]up)[ ]to|will)[ ]"
    r"(?:co-)?(?:direct|helm|write|pen|produce|score|compose|shoot)\b"
    r"|,?[ ](?:is|are)[ ](?:now[ ])?(?:co-)?"
    r"(?:directing|helming|writing|producing|scoring|shooting)\b"
)
"""After "Name (Name)", an appointment to a crew job: "has been set to direct", "is attached to
write", "will helm", "is producing" ("is set to play" is a casting)."""


def crew_bracket(fact: CastFact) -> CastFact:
    """``fact`` held when its pair is written "Name (Name)" right before a crew job."""
    evidence = fact.evidence
    if not fact.served or "(" not in evidence:
        return fact
    for outer, inner in ((fact.actor, fact.character), (fact.character, fact.actor)):
        pair = f"{outer} ({inner})"
        at = evidence.find(pair)
        if at >= 0 and _CREW_JOB_AFTER.match(evidence, at + len(pair)):
            return held(fact, CREW_BRACKET_DOUBT)
    return fact
