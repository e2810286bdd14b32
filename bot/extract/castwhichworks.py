"""A casting told inside another work's relative clause, for :mod:`bot.extract.castnotparts`.

Casting news recalls a maker's earlier show with its star: "Roan's Fenwick Bay, which starred
Drace as Inspector Nell Drury, ran for three seasons". The part is that show's, not ours: the
clause hangs on a named work the article does not call its own. A profile recalls its subject's
past film the same way, by owner and year: "his Oscar-winning 2014 film, which he co-directed
with X and which starred Y as Z" (the part is that film's, whatever the article's work is).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import BRACKETED_NOTE, MONTH_PATTERN
from bot.extract.names import NAME
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

_WHICH_STARRED = lazy_pattern(
    r",[ ]which[ ](?:also[ ]|once[ ]|originally[ ])?(?:starred|stars|co-starred|featured|"
    r"features|cast|made[ ](?:a[ ](?:[a-z-]+[ ])?(?:star|name)|stars)[ ]of"
    r"|gave[ ](?:us|viewers|audiences|the[ ]world))[ ]$"
)
"""Right before the actor: ", which starred ", ", which also features ", ", which made a
household name of ", ", which gave us " (the work that made someone famous, told of that work).
A clause that tells the run of a work compared with ours hangs on it the same way: "Comparisons
with Tin Lane, which ended its own run with Drace as Nell Drury, are inevitable" (below)."""
_AND_WHICH_STARRED = lazy_pattern(
    r"[ ]and[ ]which[ ](?:also[ ]|once[ ]|originally[ ])?(?:starred|co-starred|featured)[ ]$"
)
"""A second clause on the same work: "..., which he co-directed and which starred "."""
_WHICH_WITH = lazy_pattern(
    r",[ ]which[ ](?:[A-Z][\w’'-]*[ ]|(?:it|he|she|they)[ ])?(?:had[ ]|also[ ]|once[ ])?"
    r"[a-z]+ed[ ](?:(?!which\b)[^,.;:“”\"])*?[ ]with[ ]$"
)
"""Right before the actor, a clause that tells its work's run gone by with its star: ", which
ended its run with ", ", which Streamly launched with " (then "X as Y": that work's casting);
not a shoot to come (", which begins filming in May with X as Y" is news of the work)."""
_FIRST_WHICH = lazy_pattern(r",[ ]which[ ](?:(?!which\b)[^,.;:])*$")
_DATED_OWNED = lazy_pattern(
    r"\b(?:his|her|their)[ ](?:[\w’'-]+[ ]){0,3}?(?:19|20)\d\d[ ](?:[a-z-]+[ ])?"
    r"(?:film|movie|feature|series|show|drama|documentary|play)$"
)
"""A work told by its owner and year: "his Oscar-winning 2014 film", "her 2019 debut feature"."""
_REACH = 40
_CLAUSE_REACH = 120
_EARLIER_PAIRS = lazy_pattern(
    rf"(?:{NAME}[ ]as[ ][^,.;:()\n]{{1,40}}?(?:,[ ]and|,|[ ]and|[ ]&)[ ]){{1,4}}$"
)
"""The same list's earlier castings just before an actor: "which starred Drace as Nell Drury
and " (the clause hangs on the list's first actor, so on every later one too)."""
_LIST_REACH = 240
_BRACKET_END = lazy_pattern(rf"[ ]{BRACKETED_NOTE}$")
"""A note in brackets between the work and its clause: "Tin Lane (2.1m views), which stars"."""


def in_which_clause(chunk: str, start: int, context: Context) -> bool:
    """Whether the actor at ``start`` follows ", which starred" after a work not ours (when
    the article names none as ours, a work outside the headline's words; no headline: no); an
    actor later in a list of castings ("... Drace as Nell and X as Y") when the list's first
    does and the work is not the headline's either."""
    if _clause_at(chunk, start, context, known_too=False):
        return True
    earlier = _EARLIER_PAIRS.search(chunk, max(start - _LIST_REACH, 0), start)
    return earlier is not None and _clause_at(chunk, earlier.start(), context, known_too=True)


def _clause_at(chunk: str, start: int, context: Context, *, known_too: bool) -> bool:
    """:func:`in_which_clause` for the actor at ``start``; ``known_too``: the work must be
    neither ours nor the headline's."""
    clause = _WHICH_STARRED.search(chunk, max(start - _REACH, 0), start)
    told_with = False  # "which reunited him with X as Y": news of ours where the work is known
    if clause is None:
        clause = _WHICH_WITH.search(chunk, max(start - 2 * _REACH, 0), start)
        told_with = clause is not None
    if clause is None and (second := _AND_WHICH_STARRED.search(chunk, 0, start)) is not None:
        clause = _FIRST_WHICH.search(chunk, max(second.start() - _CLAUSE_REACH, 0), second.start())
    if clause is None:
        return False
    if _DATED_OWNED.search(chunk, 0, clause.start()) is not None:
        return True
    work: list[str] = []
    before = _BRACKET_END.sub("", chunk[: clause.start()])  # "Tin Lane (2.1m views), which"
    for token in reversed(before.split()):
        if not token[:1].isupper() or token.endswith(("’s", "'s")):
            break
        work.append(token)
    if not context.ours or told_with:  # the headline's work is the article's: not "Oast, ..."
        return bool(work and context.headline) and not context.is_known(" ".join(work))
    is_ours = context.is_known if known_too else context.is_ours
    return bool(work) and not is_ours(" ".join(work))


_PAST_WORK_WAS = lazy_pattern(
    r"\bwhose[ ](?:last|previous|earlier|first|breakout|best-known)[ ](?:[a-z-]+[ ])?"
    r"(?:film|movie|series|show|drama|play|feature)[ ](?:was|had[ ]been)[ ][^,;:()]{1,80}?"
    r"[ ](?:with|starring)[ ]$"
)
"""Right before the actor, a maker's earlier work: "Okoye, whose last series was the BBC's Tinhouse
with " (X as Y is Tinhouse's casting, told to place the maker)."""


_PAST_WORK_REACH = 160
"""How far before the actor a "whose last series was" clause may start."""


def in_past_work(chunk: str, start: int) -> bool:
    """Whether the actor at ``start`` is cast in the work a "whose last series was" clause
    recalls."""
    return _PAST_WORK_WAS.search(chunk, max(start - _PAST_WORK_REACH, 0), start) is not None


OPPOSITE_DOUBT = "the actor is a scene partner in another work"
_OPPOSITE_IN = lazy_pattern(
    r"\b(?:playing|played|starring|starred|cast)[ ][^.;:]{1,60}?[ ]in[ ][“\"‘']?"
    rf"(?P<work>{NAME})[”\"’']?,[ ]opposite[ ]$"
    r"|\b(?:joined|joins|joining)[ ](?:[A-Z][\w-]*[’']s[ ])?[“\"‘']?"
    rf"(?P<joined>{NAME})[”\"’']?(?:[ ]on[ ][A-Z][\w+]*(?:[ ][A-Z][\w+]*)?)?,[ ]"
    r"(?:playing|as)[ ][^.;:,]{1,50}?[ ]opposite[ ]$"
    r"|\b(?P<stage>(?:Broadway|Off-Broadway|West[ ]End|stage|theatre|theater)[ ]debut)[ ]"
    r"(?:as|playing)[ ][^.;:,]{1,50}?[ ]opposite[ ]$"
)
"""Right before the actor, a scene partner in a named work: "playing the young Ben in Tinsmith,
opposite " (X as the adult Ben is Tinsmith's casting; "on set in Faversham, opposite" is a
place, with no part played there), or in a work the subject joined: "he joined Orbis's Tinsmith
on Streamly, playing the young Ben opposite " (before "X's Ben"), or on a stage the subject's
debut was made on: "made his West End debut as Romeo opposite " (a play, not our screen work)."""


_OPPOSITE_REACH = 110
"""How far before the actor the "in Z, opposite" clause may start."""
_MONTH = lazy_pattern(MONTH_PATTERN)
_PARTS_OF_A_WORK = frozenset({"Season", "Series", "Part", "Episode", "Chapter", "Volume"})


def opposite_in_other_work(fact: CastFact, context: Context) -> CastFact:
    """``fact`` held when its actor is a partner "in Z, opposite" in a work neither ours nor
    the headline's (held, not dropped: the actor is still a person the article names)."""
    if not fact.served:
        return fact
    at = fact.evidence.find(fact.actor)
    reach = max(at - _OPPOSITE_REACH, 0)
    found = _OPPOSITE_IN.search(fact.evidence, reach, at) if at > 0 else None
    if found is None:
        return fact
    if found["stage"]:
        return held(fact, OPPOSITE_DOUBT)
    work = found["work"] or found["joined"]
    if _MONTH.fullmatch(work) or work.split()[0] in _PARTS_OF_A_WORK:
        return fact  # "in Season Two, opposite": a part of the work, no other work
    return fact if context.is_known(work) else held(fact, OPPOSITE_DOUBT)
