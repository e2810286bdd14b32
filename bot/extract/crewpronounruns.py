"""A passive credit whose subject is a plural pronoun for earlier runs, for
:mod:`bot.extract.crewchecks`.

"Seasons one to three are still on Vela. Those were directed by A and B" (invented): the
pronoun stands for the runs the sentence before counts, so A and B made those, not the
article's film or new run. A pronoun after a sentence with no counted or earlier run ("The new
episodes arrive in May. They were directed by A") may be the article's own, and stays.
"""

from __future__ import annotations

from bot.extract.lexicon import COUNT_WORD
from bot.extract.text import Doc
from bot.facts import CrewFact
from bot.lazy_patterns import lazy_pattern

_COUNT = rf"(?:one|{COUNT_WORD})"
"""How many runs, in words or figures ("seasons one to three", "series 1 to 12")."""
_PRONOUN_PASSIVE = lazy_pattern(
    rf"(?:Those|These|They|Both|All[ ]{_COUNT})[ ](?:were|had[ ]been)[ ]"
    r"(?:all[ ]|mostly[ ]|each[ ])?(?:co-)?"
    r"(?:directed|written|penned|produced|scored|shot|edited|created)[ ]by[ ]"
)
"""The pronoun (or "Both", "All three") as the sentence's subject, its passive credit straight
after."""
_PAST_RUNS = lazy_pattern(
    rf"\b(?:[Ss]easons|[Ss]eries)[ ]{_COUNT}[ ]?(?:to|through|and|-|–)[ ]?{_COUNT}\b"
    r"|\b(?:[Tt]he|[Ii]ts|[Aa]ll|[Tt]hose)[ ](?:first[ ]|earlier[ ]|previous[ ])?"
    rf"{_COUNT}[ ](?:seasons|series|films)\b"
    r"|\b(?:earlier|previous|prior|past)[ ](?:seasons|series|films|instalments)\b"
)
"""Runs counted or told as earlier: "seasons one to three", "the three seasons", "earlier
seasons"."""


def pronoun_run_credit(fact: CrewFact, doc: Doc) -> bool:
    """Whether ``fact`` is credited by "Those were directed by X" right after a sentence of
    ``doc`` naming earlier or counted runs."""
    if _PRONOUN_PASSIVE.match(fact.evidence) is None:
        return False
    at = doc.text.find(fact.evidence)
    if at < 0:
        return False
    before = doc.sentence_before(doc.sentence_at(at))
    return before is not None and _PAST_RUNS.search(doc.text, before.start, before.end) is not None
