"""A casting its own sentence then says the actor left, for :func:`bot.extract.extract_facts`.

An interview or recast story tells the first casting and its end in one breath: "Ada Vale was
announced as Mira last year, and then she had to drop out", "Tom Reyes was cast as Pip, but he
later withdrew" (invented). The casting is true but over: former, not current. The actor must
be the clause's subject (no other capitalised word between the name and the part), and the
leaving told by a pronoun right after the part's clause, or by the same subject's verb right
after the part ("X, who was cast as Mira's father Y but left in March").
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import LEFT_VERBS
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_LEFT_WHAT = (
    r"(?:the|this|his|her|their)[ ](?:production|project|role|part|film|series|show|drama|cast)"
)
"""What an actor leaves when the casting ends: "the production", "her role"."""
LEFT_WORK = (
    r"(?:[\w’'-]+[ ]){0,3}?(?:production|project|role|part|film|movie|feature|series|miniseries|"
    r"show|drama|thriller|comedy|sitcom|adaptation|sequel|prequel|episodes?|cast|ensemble|acting|"
    r"shoot|filming|shooting)\b"
)
"""The work or its shoot, a few words on ("the Lumen film", "the six-part series", "the
adaptation"): what a leaving leaves when it is the part's."""
_LEFT_WHY = (
    rf"(?:from(?=[ ]{LEFT_WORK}|[ ][A-Z])|over|after|before|because|due|when|in|last|early|"
    r"later|soon)"
)
"""A word going on to say when, why or from what the actor left: "withdrew from the shoot";
"from" only with the work or its shoot after it ("had to step away from social media", "from
the play she was in", is a leaving of something else)."""
_THEN_LEFT = lazy_pattern(
    r"[^.;:A-Z]{0,40}?,?[ ](?:and|but)[ ](?:then[ ]|later[ ]|soon[ ]after[ ])?(?:she|he|they)[ ]"
    r"(?:then[ ]|later[ ])?(?:had[ ]to[ ](?:drop|pull|step)[ ](?:out|down|away|back)|"
    rf"{LEFT_VERBS}|pulled[ ]out)\b(?=[ ]*(?:[,.;]|$)|[ ](?:{_LEFT_WHAT}|{_LEFT_WHY})\b)"
)
"""After the part: ", and then she had to drop out", ", but he later withdrew"; never a leaving
of something else (", and he left the audition room shaking")."""
_BUT_LEFT = lazy_pattern(
    r",?[ ](?:and|but)[ ](?:then[ ]|later[ ]|soon[ ]after[ ])?(?:had[ ]to[ ](?:drop|pull|step)"
    rf"[ ](?:out|down|away|back)|{LEFT_VERBS}|pulled[ ]out)\b"
    rf"(?=[ ]*(?:[,.;]|$)|[ ](?:{_LEFT_WHAT}|{_LEFT_WHY})\b)"
)
"""Right after the part, the same subject leaving with no pronoun: "was cast as Mira but left in
March", "was announced as Mira and then withdrew" (nothing between: a description's own clause,
"Mira, a nurse who married but left in 1962", is the part's life)."""
_SUBJECT_GAP = lazy_pattern(r"(?:,[ ]who)?[ ][a-z][a-z ]{0,40}[ ]as[ ]")
"""Between the actor and the part, lower-case words ending in "as": " was announced as ", ", who
was cast as "."""
_DESCRIBED = lazy_pattern(r"(?:[A-Z][\w’'-]*[’']s[ ])?(?:[a-z][\w’'-]*[ ]){1,3}")
"""A description before the part: "Mira's father ", "the ship's cook " (lower-case words)."""


def left_in_same_sentence(fact: CastFact) -> bool:
    """Whether the casting's sentence says, right after the part, that the actor left."""
    evidence, part = fact.evidence, fact.character
    at = evidence.find(fact.actor)
    if (
        at < 0
        or not part
        or not any(word in evidence for word in (" she ", " he ", " they ", " but ", " and "))
    ):
        return False
    gap = _SUBJECT_GAP.match(evidence, at + len(fact.actor))
    if gap is None:
        return False
    told = _DESCRIBED.match(evidence, gap.end())  # "as Mira's father Y": Y, described
    start = gap.end() if told is None or not evidence.startswith(part, told.end()) else told.end()
    part_end = start + len(part)
    if not evidence.startswith(part, start):
        short = part.split(" ", 1)[0]  # "announced as Nell", the part read in full elsewhere
        if not evidence.startswith(short, start):
            return False
        part_end = start + len(short)
    return any(p.match(evidence, part_end) for p in (_THEN_LEFT, _BUT_LEFT))


_WHO_PLAYED = lazy_pattern(r",[ ]who[ ](?:played|portrayed)[ ]")
_IS_LEAVING = lazy_pattern(
    r",[ ](?:is|has)[ ](?:now[ ]|since[ ])?(?:leaving|exiting|quitting|departing|left|exited|"
    rf"quit|departed)[ ]{_LEFT_WHAT}\b"
)
"""After "X, who played Y": the subject's leaving, ", is leaving the show", ", has left the
series" (her part in our work, now over)."""


def played_and_leaving(fact: CastFact) -> bool:
    """Whether the sentence is "X, who played Y, is leaving the show" (the part told in full)."""
    evidence = fact.evidence
    at = evidence.find(fact.actor)
    if at < 0 or not fact.character or " who " not in evidence:
        return False
    who = _WHO_PLAYED.match(evidence, at + len(fact.actor))
    if who is None or not evidence.startswith(fact.character, who.end()):
        return False
    return _IS_LEAVING.match(evidence, who.end() + len(fact.character)) is not None


def then_left_former(cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each current casting its own sentence ends with the actor leaving made
    former."""
    return [
        replace(f, status=CastStatus.FORMER)
        if f.status is CastStatus.CURRENT and (left_in_same_sentence(f) or played_and_leaving(f))
        else f
        for f in cast
    ]
