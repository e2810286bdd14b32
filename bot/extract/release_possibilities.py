"""A window the writer only allows as possible ("so an autumn slot isn't impossible either", "a
summer bow can't be ruled out"): no one reports it, not even as a guess, so it is held. The
possibility must follow the window in the same clause; "It is not impossible that the shoot
overran, but the film opens in May" keeps its May, and "It opens on 3 May, so a sequel is not
out of the question" calls the sequel possible, not the date."""

from __future__ import annotations

import re

from bot.extract.lexicon import MONTH_PATTERN, SEASON_NAME
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_ALLOWED = lazy_pattern(
    r"\b(?:(?:is|isn[’']t|is[ ]not|wouldn[’']t[ ]be|would[ ]not[ ]be)[ ](?:entirely[ ])?"
    r"(?:impossible|out[ ]of[ ]the[ ]question)"
    r"|(?:can[’']t|cannot|can[ ]not|couldn[’']t)[ ]be[ ]ruled[ ]out"
    r"|(?:is|remains|seems|looks)[ ](?:still[ ]|quite[ ]|entirely[ ])?"
    r"(?:possible|a[ ]possibility))\b"
)
"""Words that call something merely possible (a double negative, a door left open, "remains
possible")."""
_CLAUSE_BREAK = lazy_pattern(r"[;:]|,[ ](?:but|and|so|while|though|although|which)[ ]|[ ][–—][ ]")
TIME_NAMED = lazy_pattern(rf"\b(?:{MONTH_PATTERN}|{SEASON_NAME}|\d{{4}})\b", re.IGNORECASE)
"""A time a window is named by: a month, a season or a year."""
_WINDOWED = frozenset({ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE})


def merely_possible(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a served window or date whose own clause only calls it possible."""
    return [
        held(fact, "only called possible")
        if fact.kind in _WINDOWED and fact.served and _allowed_only(fact.evidence)
        else fact
        for fact in facts
    ]


def _allowed_only(evidence: str) -> bool:
    match = _ALLOWED.search(evidence)
    if match is None:
        return False
    clause = _CLAUSE_BREAK.split(evidence[: match.start()])[-1]
    # "... is impossible, so the film opens in March": the later time is told, not allowed
    told_after = TIME_NAMED.search(evidence, match.end()) is not None
    return TIME_NAMED.search(clause) is not None and not told_after
