"""Which of a run of credit verbs before "by" the name after it holds, for :mod:`bot.extract.crew`.

A true list of credits ends in "and" (or "&"): "written, produced and directed by X" credits X three
times. Verbs joined by a bare comma alone are two clauses: in "a finale she wrote and executive
produced, directed by X" (invented) the verb before the comma is the subject's own, coordinated with
her "wrote", and only "directed" reaches "by X". So without a closing "and", only the verbs after
the last bare comma are X's.
"""

from __future__ import annotations

from bot.extract.names import LIST_SPLIT
from bot.lazy_patterns import lazy_pattern

_BARE_COMMA = lazy_pattern(r",[ ](?!and[ ])")
_CLOSING_AND = lazy_pattern(r"(?:\band|&)[ ]")


def by_verbs(verbs: str) -> list[str]:
    """The verbs of ``verbs`` (a run matched before "by") that credit the name after "by"."""
    parts = _BARE_COMMA.split(verbs)
    if len(parts) > 1 and not _CLOSING_AND.search(parts[-1]):
        verbs = parts[-1]
    return LIST_SPLIT.split(verbs)
