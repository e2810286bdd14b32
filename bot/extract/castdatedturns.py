"""A performance dated to an earlier year, for :mod:`bot.extract.castchecks`.

Award and career lines recall a part by the year it was played: "the show won three awards,
including for Ada Vale's performance as Mira in 2022", "Vale won a Bafta for playing Mira in
2022". The year before the page's own dates that performance: it is a past work's (an earlier
series, an earlier film), and the page does not say the part is hers in ours, so it is held.
The page's own year stays ("her turn as Mira in 2026's finale"), and so does a sentence that
casts the part again ("who won for her turn as Mira in 2022, returns as Mira"). Invented
examples.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

DATED_TURN_DOUBT = "a performance the sentence dates to an earlier year"
_DATED_TURN = lazy_pattern(
    r"\b(?:(?:performance|turn|portrayal|role)[ ]as|for[ ]playing)[ ]"
    r"(?P<part>(?:[A-Z][\w’'-]*[ ]){1,4})(?:back[ ])?in[ ](?P<year>(?:19|20)\d\d)(?![\w’'-])"
)
"""A performance noun or "for playing", the part, then "in" and a year."""


def _dated_turn(fact: CastFact, year: int) -> bool:
    """Whether the casting's part is only told as a performance of an earlier year."""
    evidence, first = fact.evidence, fact.character.split()[0]
    surname = fact.actor.rsplit(" ", 1)[-1]
    for match in _DATED_TURN.finditer(evidence):
        if int(match["year"]) >= year or first not in match["part"].split():
            continue
        actor_at = evidence.find(surname)
        if 0 <= actor_at < match.start() and evidence.count(first) == 1:
            return True
    return False


def dated_turns_held(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each part told only as a performance of an earlier year held."""
    date = doc.date
    if date is None or not any(w in doc.text for w in (" in 19", " in 20")):
        return cast
    return [
        held(fact, DATED_TURN_DOUBT) if fact.served and _dated_turn(fact, date.year) else fact
        for fact in cast
    ]
