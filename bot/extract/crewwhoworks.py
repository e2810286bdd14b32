"""A credit told in a "who is directing" clause on another work, for :mod:`bot.extract`.

News of one production names a maker by what they are busy with: "the studio says nothing, and
Ada Vale, who is directing the next Tin Lane film, has said nothing either", "Rory Blane, who
was writing a Fen Light sequel at the time, ..." (invented). The clause's job is on the work it
names, not on ours, when that work's capitalised words are none of ours. A clause on our own
work ("who is directing the Quillhaven film") or on an unnamed one ("who is directing the
film") tells nothing new and is left alone, and so is a clause after a credit the sentence
first gives on ours ("Quillhaven is directed by Ada Vale, who is directing a Vela series for the
first time").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.facts import CrewFact, CrewRole
from bot.lazy_patterns import lazy_pattern

_WHO_DOING = lazy_pattern(
    r",[ ]who[ ](?:is|was|has[ ]been|had[ ]been|will[ ]be)[ ](?:currently[ ]|now[ ]|also[ ])?"
    r"(?P<verb>directing|co-directing|writing|co-writing|producing|scoring|editing|shooting)[ ]"
    r"(?P<work>(?:the[ ]next|the[ ]new|a|an|another)[ ][^,;:.()]{1,60})"
)
"""Right after the name: ", who is directing the next Tin Lane film"."""
_VERB_ROLES = {
    "directing": CrewRole.DIRECTOR,
    "co-directing": CrewRole.DIRECTOR,
    "writing": CrewRole.WRITER,
    "co-writing": CrewRole.WRITER,
    "producing": CrewRole.PRODUCER,
    "scoring": CrewRole.COMPOSER,
    "editing": CrewRole.EDITOR,
    "shooting": CrewRole.CINEMATOGRAPHER,
}
_CAPITALISED = lazy_pattern(r"\b[A-Z][\w’'-]*")
_CREDITED_BY = lazy_pattern(
    r"[ ](?:is|was|will[ ]be|has[ ]been)[ ](?:being[ ])?(?:[a-z-]+ed|written)[ ]by[ ]$"
)
"""A passive credit right before the name: "Kestle Bay is directed by "; its subject, when ours,
gives the post on our work, whatever the clause after the name says she is doing besides."""


def other_work_job(fact: CrewFact, context: Context) -> bool:
    """Whether the fact's post is the job a "who is <doing>" clause right after the name gives
    on a named work not ours (see the module's docstring)."""
    evidence = fact.evidence
    at = evidence.find(fact.name)
    if at < 0 or ", who " not in evidence or not (context.ours or context.headline):
        return False
    clause = _WHO_DOING.match(evidence, at + len(fact.name))
    if clause is None or _VERB_ROLES[clause["verb"]] is not fact.role:
        return False
    words = _CAPITALISED.findall(clause["work"])
    return (
        bool(words) and not _named_ours(words, context) and not _credited_on_ours(fact, at, context)
    )


def _named_ours(words: list[str], context: Context) -> bool:
    return any(context.is_known(word) for word in words)


def _credited_on_ours(fact: CrewFact, at: int, context: Context) -> bool:
    """Whether the sentence gives the post on our work before the name: "Kestle Bay is directed by
    Ada Vale, who is directing a Vela series for the first time"."""
    credited = _CREDITED_BY.search(fact.evidence, 0, at)
    return credited is not None and _named_ours(
        _CAPITALISED.findall(fact.evidence, 0, credited.start()), context
    )


def other_work_jobs_dropped(crew: list[CrewFact], context: Context) -> list[CrewFact]:
    """``crew`` without the jobs told in a clause on another named work."""
    return [fact for fact in crew if not other_work_job(fact, context)]
