"""A run of "X is Y" castings, for :mod:`bot.extract.castasides`.

A cast roll told in running prose ("Ada Vale is Mira, Tom Reed is Gus, and Nell Pike is
Juno.") names each part with a bare "is". One such clause alone is a plain copula ("Ada Vale
is British"), so a clause counts only in a run: two or more, side by side, parted by a comma
or "and". A part that is a nationality, a role noun, an office ("Tom Reed is Chair"), a faith
("Ada Vale is Catholic"), a fandom's "Team X" or a stop word ("Tom Reed is Director") breaks
the run: each reads as the person's own post, creed or side, never a part.
"""

from __future__ import annotations

import itertools
import re

from bot.extract.castforms import CHAR
from bot.extract.lexicon import NATIONALITIES, OFFICE_TITLES, ROLE_NOUNS, STOP_TOKENS, honorific
from bot.extract.name_leads import PLACE_NOUNS
from bot.extract.names import FULL_NAME
from bot.extract.people import clean_name
from bot.lazy_patterns import lazy_pattern

_IS_PART = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ]is[ ](?P<char>{CHAR})(?=,|;|[ ]and[ ]|[.!]?$|[.!][ ])"
)
"""One clause of the run: a full name, "is", then the part's name, closed by a comma, "and" or
the sentence's end."""
_BETWEEN = lazy_pattern(r"(?:,|;)?[ ](?:and[ ])?")
"""What parts two clauses of one run: ", ", "; ", ", and ", " and "."""
_NOT_PARTS = (
    NATIONALITIES | STOP_TOKENS | frozenset(noun.capitalize() for noun in ROLE_NOUNS) | {"Team"}
)
"""First words after "is" that tell the person, not a part: a nationality, a job or a fandom's
side ("Team Mira"). A hyphened first word counts by either half ("Vice-Chair")."""
_NOT_WHOLE_PARTS = OFFICE_TITLES | frozenset(
    """
    Catholic Protestant Anglican Methodist Baptist Quaker Mormon Jewish Muslim Hindu Sikh
    Buddhist Atheist Agnostic Pagan
    """.split()  # noqa: SIM905
)
"""Offices and faiths, which tell the person only as the whole part ("Tom Reed is Chair"):
many are also given names or a part's title ("is Dean", "is Mayor Ruth Kane"), so "Christian"
and "Orthodox" are left out."""


_KINDS = NATIONALITIES | PLACE_NOUNS | _NOT_WHOLE_PARTS | {"Christian", "Orthodox"}
_KIND_WORDS = "|".join(sorted(_KINDS, key=lambda kind: (-len(kind), kind)))
"""Longest first, then in order: the same pattern in every process (a set's order is not)."""
_PLURAL_KIND = lazy_pattern(rf"(?:{_KIND_WORDS})e?s|[A-Z][a-z]+(?:ians|ites|ists)")
"""A plural of a word for a kind of person: a nationality, a place noun, a faith or an office
("Americans", "Londoners", "Catholics"), or one with such a word's ending ("Mancunians",
"Pentecostalists"); given names are never plural."""


_PLAYS_NEXT = lazy_pattern(rf"{FULL_NAME}[ ](?:plays|is[ ]playing|will[ ]play)[ ]")
"""A "plays" clause right after an "is" one: the roll goes on with another verb."""
_PLAYS_BEFORE = lazy_pattern(
    rf"{FULL_NAME}[ ](?:plays|is[ ]playing|will[ ]play)[ ](?:the[ ])?{CHAR}(?:,|;)?[ ](?:and[ ])?\Z"
)
"""A "plays" clause right before an "is" one: "X plays Mira, and Y is Gus"."""


def is_runs(chunk: str) -> list[re.Match[str]]:
    """The "X is Y" clauses of ``chunk`` that stand in a run of two or more, or side by side
    with an "X plays Y" clause ("X is Mira, and Y plays Gus")."""
    if " is " not in chunk:
        return []
    clauses = [m for m in _IS_PART.finditer(chunk) if _a_part(m)]
    linked = {index for index, clause in enumerate(clauses) if _by_a_player(chunk, clause)}
    for index, (first, second) in enumerate(itertools.pairwise(clauses)):
        gap = _BETWEEN.fullmatch(chunk, first.end(), second.start())
        if gap is not None:
            linked |= {index, index + 1}
    return [clauses[index] for index in sorted(linked)]


def _a_part(match: re.Match[str]) -> bool:
    """A clause whose part reads as a name, told by a name."""
    return reads_as_part(match["char"]) and bool(clean_name(match["actor"]))


def reads_as_part(part: str) -> bool:
    """A part after a bare copula ("is", "are") that reads as a name: none of
    :data:`_NOT_PARTS` first, no office or faith as the whole part, and no plural of a word
    for a kind of person ("are Londoners and Mancunians", "are Christians and Muslims")."""
    if part in _NOT_WHOLE_PARTS or (
        " " not in part and any(half in _NOT_WHOLE_PARTS for half in part.split("-"))
    ):
        return False
    if " " not in part and _PLURAL_KIND.fullmatch(part):
        return False
    lead = part.split(maxsplit=1)[0]
    if honorific(lead) and " " in part:
        return True  # "is Lord Vane": a title before a part's name
    return not (lead in _NOT_PARTS or any(half in _NOT_PARTS for half in lead.split("-")))


def _by_a_player(chunk: str, clause: re.Match[str]) -> bool:
    """The clause stands next to a "plays" clause, parted only by a comma or "and"."""
    gap = _BETWEEN.match(chunk, clause.end())
    if gap is not None and gap.end() > clause.end() and _PLAYS_NEXT.match(chunk, gap.end()):
        return True
    return _PLAYS_BEFORE.search(chunk, 0, clause.start()) is not None
