"""A co-star's part named by its actor's possessive after "opposite" or "alongside", for
:mod:`bot.extract.castasides`.

"Vale, who plays Mira opposite Tom Reed’s Kit Hale, said ..." and "she returns alongside Ada
Pell’s Juno Tarrow": the co-star's full name, then the part's first and last name. Only after
those two words, which pair one actor's part with another's (a possessive after "with" or in a
review's subject can be a writer's or director's work: "with Ada Pell’s Quillon Year").
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import FIRST_TOKEN, FULL_NAME, TOKEN

COSTAR_PART = lazy_pattern(
    rf"(?<![\w’'-])(?:[Oo]pposite|[Aa]longside)[ ](?P<actor>{FULL_NAME})[’']s[ ]"
    rf"(?P<char>{FIRST_TOKEN}[ ]{TOKEN})(?![\w’'-]|[ ][A-Z\d]|[ ]?[“\"(])"
)
