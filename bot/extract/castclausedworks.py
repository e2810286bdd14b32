"""Castings told in a clause hung on another named work, for :func:`bot.extract.extract_facts`.

Pages compare ours with other shows and tell those shows' stars in a clause on the title:
"Streamly's Tin Lane, with Ada Vell as Nora Quill, held third" or "Compare it with Oast Road,
the Danish drama that ended last year, in which Bea Lund's Mira had to choose". The casting
is that work's, not ours. The title must show it is a work, not a person ("with X as Y" also
follows a director: "directed by Ada Vell, with Kai Moss as Pip"): an owner's possessive before
it ("Streamly's") or an appositive that names its kind ("the Danish drama ...").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME, WORK_TITLE
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

CLAUSED_DOUBT = "the casting is told in a clause on another work"

_CLAUSE_ON_TITLE = lazy_pattern(
    r"(?:(?P<owner>(?:[’']s|s[’'])[ ])|"
    rf"(?P<listed>\b{GENRE_NOUNS}s?:[ ]))?(?P<title>{WORK_TITLE})"
    rf"(?P<kind>,[ ](?:(?:the|a|an)[ ][^,;:.]{{0,60}}?|{NAME}[’']s[ ](?:(?:\d{{4}}|[a-z-]+)[ ])"
    rf"{{0,3}}){GENRE_NOUNS}\b[^,;:.A-Z]{{0,60}}?)?"
    r"(?:,[ ](?:in[ ]which|with)|(?(kind)[ ]in[ ]which|(?!)))[ ]"
    r"(?:(?:the|a|an)[ ])?(?:[a-z][a-z-]+[ ]){0,2}$"
)
"""Right before the actor: a title, maybe its kind in apposition, then ", in which " or
", with " ("Tin Lane, with ", "Oast Road, the Danish drama that ended last year, in which ").
The kind may be an owner's ("Oast Road, Ada Vell's 2019 film in which"), the owner plural
("Kids' Oast Road, in which"), or a kind's plural may list the title ("other shows: Oast
Road, with"); the actor may follow a lowercase word or two ("in which newcomer Ada Vell").
No capital after the kind's noun: "Directed by X, the film stars A and B, with C as D" is our
film's main clause, not an apposition on X."""
_REACH = 160
_OWNED = lazy_pattern(r"(?<=[a-z])s[’'][ ](?=[A-Z])")
"""A plural owner's possessive inside a matched title ("Sky Kids' Oast Road"): the title is
after it (a singular one is as often an actor's before a part: "Ada Vell's Mira, with")."""


def _other_work(title: str, context: Context) -> bool:
    """Whether ``title`` is a work the page is not about (no work of ours named: one outside
    the headline's words; no headline either: no)."""
    if not context.ours:
        return bool(context.headline) and not context.is_known(title)
    return not context.is_known(title)


def in_claused_work(fact: CastFact, context: Context) -> bool:
    """Whether the fact's actor follows a clause on another work (see the module's docstring)."""
    evidence = fact.evidence
    at = evidence.find(fact.actor)
    if at < 0 or not (", with " in evidence or " in which " in evidence):
        return False
    clause = _CLAUSE_ON_TITLE.search(evidence, max(at - _REACH, 0), at)
    if clause is None:
        return False
    *owners, title = _OWNED.split(clause["title"])
    if not (clause["owner"] or owners or clause["kind"] or clause["listed"]):
        return False
    return fact.actor not in title and _other_work(title, context)


def claused_works_held(cast: list[CastFact], context: Context) -> list[CastFact]:
    """``cast`` with the castings told in a clause on another work held back."""
    return [held(f, CLAUSED_DOUBT) if f.served and in_claused_work(f, context) else f for f in cast]
