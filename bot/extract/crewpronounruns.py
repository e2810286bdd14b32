"""A passive credit whose subject is a plural pronoun for earlier runs, for
:mod:`bot.extract.crewchecks`.

"Seasons one to three are still on Vela. Those were directed by A and B" (invented): the
pronoun stands for the runs the sentence before counts, so A and B made those, not the
article's film or new run. A pronoun after a sentence with no counted or earlier run ("The new
episodes arrive in May. They were directed by A") may be the article's own, and stays.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import CrewFact

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d?)"
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
_BEFORE = 300
"""Enough characters back for the sentence before the pronoun's."""


def pronoun_run_credit(fact: CrewFact, text: str) -> bool:
    """Whether ``fact`` is credited by "Those were directed by X" after a sentence naming
    earlier or counted runs (``text`` is the article's, where the sentence before is read)."""
    if _PRONOUN_PASSIVE.match(fact.evidence) is None:
        return False
    at = text.find(fact.evidence)
    if at < 0:
        return False
    before = text[max(0, at - _BEFORE) : at]
    sentence = before[before.rfind(".", 0, len(before.rstrip()) - 1) + 1 :]
    return _PAST_RUNS.search(sentence) is not None
