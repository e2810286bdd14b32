"""The first names of a credited list whose first part ends with those names' company, for
:func:`bot.extract.crew.find_crew`: "A, B and C of Lumen Films, D and E serve as executive
producers" (a trade story's executive-producer line names a company's people, then the rest).

The verb's names are read back from the verb, so the list breaks at the company; the part before
it is taken only when it opens the sentence and is itself a list ("A and B of ...,"), so "Asked by
A of Variety, B said" or "A of Lumen Films, B is ..." adds no one.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_GROUP = lazy_pattern(
    rf"{NAME}(?:,[ ]{NAME}){{0,8}},?[ ](?:and|&)[ ]{NAME}[ ](?:of|at|for)[ ](?:the[ ])?"
    r"(?P<company>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3},[ ])?"
)


def with_company_group(chunk: str, start: int, names: str) -> str:
    """``names`` (found at ``start``) with the list and company that run from the sentence's
    start up to them; the company, when the names begin with it, stays joined to its people."""
    if start < 12 or chunk[start - 1] not in " ,":
        return names
    found = _GROUP.fullmatch(chunk, 0, start)
    if found is None or (found["company"] is None and ", " not in names):
        return names
    return chunk[:start] + names
