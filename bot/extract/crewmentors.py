"""A mentor named before "protégé", for :func:`bot.extract.crewchecks.checked_crew`: "written by
Ada Vale protégé Mo Reyes" credits Reyes, never Vale (the credit moves to the name after the
noun); with no name after it ("Ada Vale protégé and collaborator ..."), the credit is held.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.names import NAME
from bot.facts import CrewFact, held
from bot.lazy_patterns import lazy_pattern

_PROTEGE = lazy_pattern(
    rf"[ -]prot[ée]g[ée]e?\b(?:[ ](?P<name>{NAME})"
    r"(?=[,.;:)]|$|[ ](?:and|who|whose|is|was|has|had|will|in|on|for|with)\b))?"
)
"""A mentor's name before "protégé", and the protégé's name when it ends the phrase ("Ada Vale
protégé Mo Reyes, who ..."), not when it goes on ("protégé Mo Reyes's old partner ...")."""
_PROTEGE_DOUBT = "a mentor's name: the one credited is named further on"


def protege_credits(crew: list[CrewFact]) -> list[CrewFact]:
    """``crew`` with a mentor's credit ("Ada Vale protégé Mo Reyes") given to the protégé."""
    out: list[CrewFact] = []
    for fact in crew:
        at = fact.evidence.find(fact.name)
        match = _PROTEGE.match(fact.evidence, at + len(fact.name)) if at >= 0 else None
        if match is not None and match["name"]:
            fact = replace(fact, name=match["name"])  # noqa: PLW2901 - the credit moves
        elif match is not None:
            fact = held(fact, _PROTEGE_DOUBT)  # noqa: PLW2901 - "protégé and collaborator Y"
        if not any((f.name, f.role) == (fact.name, fact.role) for f in out):
            out.append(fact)
    return out
