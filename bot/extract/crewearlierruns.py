"""Credits of a work's earlier runs, for :mod:`bot.extract.crewotherworks`.

An explainer, guide or set report on a new run or on a film of a show looks back at who made the
show before it: "Seasons one and two were directed by X", "The first three series, directed by X
and Y, were filmed nearby", "Earlier series of Gullwick were directed by X" (invented), or names
them as the ones the new director follows: "Z takes over from the series' directors X and Y".
Those are the runs' credits (or the predecessors'), never the article's work's, unless the same
sentence gives the new work to them too ("..., who returns for the film", "who also directs the
film").
"""

from __future__ import annotations

import re

from bot.extract.crewmodifiers import STAYED_ON
from bot.extract.lexicon import CREW_POSTS
from bot.facts import CrewFact

_COUNT = r"(?:two|three|four|five|six|seven|\d)"
_RUNS = r"(?:seasons|series|runs|films|instalments|installments)"
_CREDITED = r"(?:co-)?(?:directed|written|penned|scripted|scored|shot|edited|produced)"
_EARLIER_SUBJECT = (
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)[ ])?"
    rf"(?:(?:[Ee]arlier|[Pp]revious|[Pp]ast|[Pp]receding|[Oo]riginal)[ ](?:{_COUNT}[ ])?{_RUNS}"
    rf"|(?:[Ff]irst|[Ll]ast)[ ]{_COUNT}[ ]{_RUNS}"
    rf"|(?:[Ss]easons|[Ss]eries)[ ](?:one|1)[ ](?:and|to|through|-|–)[ ]{_COUNT})"
    r"(?:[ ]of[ ](?:the[ ])?[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})?"
)
"""The earlier runs, as a sentence's subject: "Earlier series of Gullwick", "The first three
series", "Seasons one and two" (a count or an earlier-word, so "The series" alone is never one)."""
_RUNS_CREDITED = re.compile(
    rf"^{_EARLIER_SUBJECT}(?:[ ](?:were|have[ ]been|had[ ]been)[ ](?:[a-z]+[ ])?|,[ ])"
    rf"{_CREDITED}[ ]by[ ](?P<names>[^,;:.()]+)"
)
"""The runs' passive credit at the sentence's start, the names up to the first break."""
_PREDECESSORS = re.compile(
    r"\b(?:takes|took|taken|taking)[ ]over[ ]from[ ](?:the[ ])?(?:[\w’'-]+[’'][s]?[ ])?"
    rf"(?:{CREW_POSTS}|screenwriter)s?[ ](?P<names>[^,;:.()]+)"
)
"""The ones a new holder follows, by their post: "takes over from the series' directors X and
Y"."""
_FOR_THE_NEW_WORK = re.compile(
    r"\b(?:also[ ](?:directs|writes|scores|helms)|(?:directs|writes|scores|helms)[ ]the[ ]"
    r"(?:film|movie|new[ ]season|new[ ]series))\b"
)
"""The same sentence gives the new work to them too."""
_NEXT_CLAUSE = re.compile(r"[;:]|,[ ]and[ ]|[ ]but[ ]")
"""Where the credit's clause ends: a return told after it is someone else's ("..., and the
familiar faces are back")."""


def earlier_runs_credit(fact: CrewFact) -> bool:
    """Whether the credit is the earlier runs' (or a predecessor's), not the article's work's."""
    evidence = fact.evidence
    for pattern in (_RUNS_CREDITED, _PREDECESSORS):
        found = pattern.search(evidence)
        if found is None or fact.name not in found["names"]:
            continue
        rest = _NEXT_CLAUSE.split(evidence[found.end() :], 1)[0]
        return not (STAYED_ON.search(rest) or _FOR_THE_NEW_WORK.search(evidence))
    return False
