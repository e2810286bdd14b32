"""A bracket after a film-maker's name, for :mod:`bot.extract.castchecks`.

Trade reports name a director or writer with an earlier work in brackets, then the job they
are hired for: "X (Los Ríos) has been set to direct Y", "X (Tidewater) will write the
adaptation"; a megathread names a company with its producer in brackets, then the job under
way: "Larch Lane Films (Oona Petrakis) is producing". "Name (Name)" reads like an actor and a
part; the job that follows says the bracket is a credit, so the casting is held, never served.
A credits paragraph names the job first: "Director of photography is X (T)", "Editor: X (T)",
"cinematographer X (T)", "the production designer, X (T),"; held just the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.lexicon import COUNT_WORD
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

CREW_BRACKET_DOUBT = "the bracketed name precedes a crew job (a film-maker's earlier work)"

_CREW_JOB_AFTER = lazy_pattern(
    r",?[ ](?:(?:(?:has|have|had)[ ]been|is|are|was|were)[ ])?"
    r"(?:(?:set|tapped|hired|signed(?:[ ]on)?|attached|chosen|named|lined[ ]up)[ ]to|will)[ ]"
    r"(?:co-)?(?:direct|helm|write|pen|produce|score|compose|shoot)\b"
    r"|,?[ ](?:is|are)[ ](?:now[ ])?(?:co-)?"
    r"(?:directing|helming|writing|producing|scoring|shooting)\b"
    r"|,?[ ](?:who[ ])?(?:(?:has|have|had)[ ](?:also[ ]|already[ ])?(?:co-)?"
    r"(?:written|directed|scripted|penned|helmed|scored)|(?:co-)?(?:wrote|scripted|penned|helmed))"
    rf"[ ](?:all|every|each|the|both|its|an?|{COUNT_WORD})\b"
    r"|,?[ ](?:(?:is|are|was|were|will[ ]be)[ ])?(?:(?:back|once[ ]again|again)[ ])?"
    r"(?:(?:steps?|stepped|goes|went|returns?|returned|will[ ](?:step|go|return))[ ])?"
    r"(?:behind[ ]the[ ](?:camera|lens)|at[ ]the[ ]helm"
    r"|(?:in|to|into)[ ]the[ ]director['’]s[ ]chair)\b"
    r"|,?[ ](?:takes?|took|will[ ]take|is[ ]taking)[ ]the[ ](?:helm|director['’]s[ ]chair)\b"
)
"""After "Name (Name)", an appointment to a crew job: "has been set to direct", "is attached to
write", "will helm", "is producing" ("is set to play" is a casting); or the job done: "has
written all six episodes", "penned the script", ", who has written all five"; or the job told
by where the name stands or goes: "is behind the camera", "will be at the helm", "steps behind
the camera", "takes the helm", "returns to the director's chair"."""

_CREW_NOUN = (
    r"(?:director[ ]of[ ]photography|cinematographer|DoP|DP|editor|composer|"
    r"(?:production|costume|set|sound|make-?up)[ ]designer|casting[ ]director|"
    r"(?:executive[ ]|line[ ])?producer|(?:screen)?writer|director)"
)
_CREW_JOB_BEFORE = lazy_pattern(
    rf"(?<![\w’'-]){_CREW_NOUN}(?:[ ](?:is|was|will[ ]be)|:|,)?[ ]$", re.IGNORECASE
)
"""Before "Name (Name)", a crew job that the name holds: "Director of photography is", "editor
was", "Composer:", "the production designer,", "cinematographer" (a word of its own, not the
end of "actor-director")."""
_JOB_REACH = 40
"""How far before the pair the job is looked for: the longest job and its verb."""


def bracket_pairs(fact: CastFact) -> Iterator[str]:
    """A served casting's "Name (Name)" spellings its evidence holds, either way round (actor
    first or part first): the checks on what surrounds a bracketed pair start from these."""
    if not fact.served or "(" not in fact.evidence:
        return
    for outer, inner in ((fact.actor, fact.character), (fact.character, fact.actor)):
        pair = f"{outer} ({inner})"
        if pair in fact.evidence:
            yield pair


def crew_bracket(fact: CastFact) -> CastFact:
    """``fact`` held when its pair is written "Name (Name)" right before or after a crew job."""
    evidence = fact.evidence
    for pair in bracket_pairs(fact):
        at = evidence.find(pair)
        if _CREW_JOB_AFTER.match(evidence, at + len(pair)) or _CREW_JOB_BEFORE.search(
            evidence, max(0, at - _JOB_REACH), at
        ):
            return held(fact, CREW_BRACKET_DOUBT)
    return fact
