"""A casting told with "with A as P" on a work dated decades back, for
:mod:`bot.extract.castchecks`.

A set report or a fan thread recalls an old work shot in the same place or telling the same
story, and names its cast in a trailing "with" phrase: "the valley stood in for a 1980s costume
serial, with Ada Vale as Mira", "the 1968 one with Tom Reed as the Captain" (invented examples).
The decade or a year long before the article's own date, told before the "with" in the same
clause, dates that work; the casting is that work's, not ours, so it is held. A recent year
("filming began in May, with Ada Vale as Mira", "shot in 2025, with ...") stays ours, and so
does the story's own time ("set in 1980s Leeds, with ...", "it follows a family in 1987, with").
A work a column compares with ours and points back to by "that" and an earlier year ("that 2020
adaptation, with A as P") is held the same way, however recent the year.
"""

from __future__ import annotations

import datetime as dt

from bot.extract.text import Doc
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

DATED_DOUBT = "cast in a work the sentence dates decades back"
_LONG_AGO = 10
"""Years before the article's date that make a year another, older work's."""
_DECADE = lazy_pattern(r"(?<![\w-])(?:(?:19|20)\d0s|[’']\d0s)(?![\w-])(?![ ][A-Z])")
"""A decade, not a setting's ("the early 1990s", "the ’80s"; not "in 1980s Teesside")."""
_YEAR = lazy_pattern(r"(?<![\w-])(?P<year>(?:19|20)\d\d)(?![\w-])")
_ADAPTED_IN = lazy_pattern(
    r"\b(?:was|were)[ ](?:adapted|dramati[sz]ed)[ ](?:for|by)[ ][^.;:,]{1,30}?[ ]in[ ]"
    r"(?P<year>(?:19|20)\d\d)[ ]$"
)
"""Another work's adaptation told with its year, just before the "with": "the author's other
novel was adapted for ITV in 2017 with A as P" (one made years ago is not ours)."""
_ADAPTED_AGO = 3
_THAT_YEAR = lazy_pattern(
    r"\b[Tt]hat[ ](?P<year>(?:19|20)\d\d)[ ](?:[a-z-]+[ ])?"
    r"(?:adaptation|version|film|movie|series|show|drama|serial|production)\b"
)
"""A work pointed back to by "that" and its year: "where that 2020 adaptation, with A as P, was
about ..." (the work compared with ours, made in an earlier year)."""
_STORY = lazy_pattern(r"(?i:\b(?:set|follows|following|tells|stars|starring|about)\b)")
"""The clause tells the story's time and cast: "Set in 1987, the drama stars A as P, with B as
Q" dates the story, not the work."""
_NOW = lazy_pattern(r"(?i:\b(?:now|today|this[ ]time|at[ ]last|finally)\b)")
"""The clause comes back to the present work after the date: "The novel, first adapted for
radio in 1990, now comes to the screen with A as P" casts ours."""
_MADE_FROM = lazy_pattern(
    r"(?i:\b(?:(?:remake|reboot|adaptation|version|retelling|revival|re-?imagining|update)s?"
    r"[ ]of|sequel[ ]to|adapted[ ]from|based[ ]on|inspired[ ]by)\b)"
)
"""The dated work is what ours is made from: "the streamer’s remake of the 1987 serial, with A
as P" casts the remake."""
_NEAR = 40
"""Characters before the "with" the date must stand in: the work it dates is the one just named."""
_CLAUSE_BREAK = lazy_pattern(r"[.;:!?](?:[ ]|$)")


def _dated_long_ago(before: str, date: dt.date | None) -> bool:
    """Whether the clause before the "with" names a decade or a year long before ``date``."""
    if _DECADE.search(before):
        return True
    if date is None:
        return False
    adapted = _ADAPTED_IN.search(before)
    if adapted is not None and int(adapted["year"]) <= date.year - _ADAPTED_AGO:
        return True
    if any(int(m["year"]) < date.year for m in _THAT_YEAR.finditer(before)):
        return True
    return any(int(m["year"]) <= date.year - _LONG_AGO for m in _YEAR.finditer(before))


def _dated_aside(fact: CastFact, date: dt.date | None) -> bool:
    """Whether the casting stands in a "with A as P" phrase after a long-ago date."""
    evidence = fact.evidence
    actor_at = evidence.find(fact.actor)
    if actor_at < 0 or not evidence.startswith(" as ", actor_at + len(fact.actor)):
        return False
    with_at = evidence.rfind("with ", 0, actor_at)
    if with_at < 0 or (with_at > 0 and evidence[with_at - 1] not in " ("):
        return False
    if _CLAUSE_BREAK.search(evidence, with_at, actor_at):
        return False  # "with" in an earlier sentence of the evidence
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(evidence, 0, with_at)), default=0)
    if any(kind.search(evidence, clause_start, with_at) for kind in (_STORY, _NOW, _MADE_FROM)):
        return False
    return _dated_long_ago(evidence[max(clause_start, with_at - _NEAR) : with_at], date)


def dated_asides_held(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each casting of a long-ago work's "with A as P" aside held (see above)."""
    if "with " not in doc.text:
        return cast
    return [
        held(fact, DATED_DOUBT) if fact.served and _dated_aside(fact, doc.date) else fact
        for fact in cast
    ]
