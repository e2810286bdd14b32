"""The names of a credits list, each without its company or note, for :mod:`bot.extract.crew`."""

from __future__ import annotations

from bot.extract.crewowners import LISTED_OWNER
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import LIST_SPLIT

_AFFILIATION_START = lazy_pattern(r"[ ](?:\(|for[ ]|at[ ]|of[ ])")
"""Where a company or a note after a name starts (names are capitalised words only)."""
_BRACKETED = lazy_pattern(r"[ ]?\([^()]*\)")
_OWNER_START = lazy_pattern(rf"^{LISTED_OWNER}")


def split_names(names: str) -> list[str]:
    """The names of a list, each without its company: "A for Ostrava Films and B" gives A, B."""
    names = _BRACKETED.sub("", names)  # "X (Tin Kettle, Dunlin Rock)": X's other works
    split = [_AFFILIATION_START.split(n, maxsplit=1)[0] for n in LIST_SPLIT.split(names) if n]
    return [_OWNER_START.sub("", n) for n in split] if "’" in names or "'" in names else split
