"""A co-star's part named by its actor's possessive after "opposite" or "alongside", for
:mod:`bot.extract.castasides`.

"Vale, who plays Mira opposite Tom Reed’s Kit Hale, said ..." and "she returns alongside Ada
Pell’s Juno Tarrow": the co-star's full name, then the part's first and last name. Only after
those two words, which pair one actor's part with another's (a possessive after "with" or in a
review's subject can be a writer's or director's work: "with Ada Pell’s Quillon Year").
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.castopposite import past_partner
from bot.extract.names import FIRST_TOKEN, FULL_NAME, TOKEN
from bot.lazy_patterns import lazy_pattern

_HEAD = rf"(?<![\w’'-])(?:[Oo]pposite|[Aa]longside)[ ](?P<actor>{FULL_NAME})[’']s[ ]"
COSTAR_PART = lazy_pattern(
    rf"{_HEAD}(?P<char>{FIRST_TOKEN}[ ]{TOKEN})(?![\w’'-]|[ ][A-Z\d]|[ ]?[“\"(])"
)
_COSTAR = lazy_pattern(_HEAD)
"""A co-star's possessive, whatever the part after it."""


def past_costars(chunk: str) -> Iterator[str]:
    """Co-stars of a part played in the past ("he played Brisander opposite Ada Pell’s
    Wrenna"): that work's cast, no casting of ours, but still people the article names."""
    if "pposite " in chunk or "longside " in chunk:
        for match in _COSTAR.finditer(chunk):
            if past_partner(chunk, match.start("actor")):
                yield match["actor"]
