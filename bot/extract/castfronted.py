"""Who is the subject of "is" in a run of castings, for :mod:`bot.extract.castforms`.

Scene-setting copy fronts a predicate and puts its subject after "is": "Waiting by the tunnel
with a flask for Tibbet is Wenna Quarrie, the 20-year-old who plays Sorrel". "Tibbet is Wenna
Quarrie, the ..." then reads like "Wenna Quarrie is Sorrel Yarrow, the captain", but Tibbet
belongs to "for": a name right after a preposition is its object, never the subject of "is".

A synopsis runs clauses together before "played by": "When a boat drifts in near the Kestrel
Pier, Vell finds himself working with a lawyer, Mila Dorn, played by Oriel Fenn". The words
after "Kestrel Pier, " have a subject and a verb of their own ("Vell finds"): a new clause, not
a description of the place, so the part is the name nearest "played by".

"Playing Mira is Ada Vale, the ..." fronts the part with its verb: no subject stands before "is".
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_PREPOSITION_BEFORE = lazy_pattern(
    r"(?<![\w’'-])(?:for|with|without|beside|behind|alongside|opposite|near|to|towards?|from|by|"
    r"of|at|on|in|into|onto|under|over|around|past|among|between|beyond|against|like)[ ]$"
)
_REACH = 12
FRONTING_GERUNDS = ("Playing ", "Portraying ", "Voicing ")
"""A part fronted with its verb ("Playing Mira is Ada Vale, the ...", "Voicing Pip is Kai Lund"):
the name after "is" is the actor (:mod:`bot.extract.castplayingfronted`), and the gerund is no
one's name."""
NEW_CLAUSE = (
    r"(?:while|whereas|and|but|though|although|when)[ ]|[a-z]+s[ ][A-Z]"
    r"|(?:[A-Z][\w-]*[ ]){1,3}(?:[a-z]{2,}(?:s|ed)|had|has|is|was)[ ]"
)
"""Words after a comma that open a new clause, not describe the name before it: a conjunction,
a verb ("finds Mila"), or a subject and its verb ("Vell finds", "Ada Vale learned")."""


def subject_is_parts(pattern: re.Pattern[str], chunk: str) -> list[re.Match[str]]:
    """The matches in ``chunk`` of an "Actor is Part, the ..." ``pattern`` whose actor stands as
    the subject, not after a preposition."""
    if " is " not in chunk:
        return []
    return [
        match
        for match in pattern.finditer(chunk)
        if not _PREPOSITION_BEFORE.search(chunk, max(match.start() - _REACH, 0), match.start())
        and not chunk.startswith(FRONTING_GERUNDS, match.start())
    ]
