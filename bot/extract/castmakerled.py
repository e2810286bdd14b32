"""A sentence led by a work told by its maker and its kind, for :mod:`bot.extract.castturns`.

"Kai Reed's sequel, which again stars Ada Vale as Mira, ...", "Vela TV's crime drama returns on
1 May, with Ada Vale as Mira", "Kai Reed's adaptation, with Ada Vale as Mira, was ...":
a box-office report, a round-up or a column turns to a work it names by whose it is and what
kind, and the casting in the clause after is that work's. Unless a word of the maker or of the
sentence is the article's own (its title's or headline's: "Tom Hale's Lumen sequel, which stars
..."), the casting is held.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_MAKER = rf"(?:{NAME}|[A-Z][A-Z0-9]{{1,4}})"
"""A person, a company or a channel, an acronym with figures too ("S4C")."""
_MADE_WORK = lazy_pattern(
    r"^[ “\"]*(?!(?:In|On|At|For|From|With|By|Of|As|To)[ ])"
    rf"(?:(?P<title>{NAME}),[ ])?(?P<maker>{_MAKER}(?:[ ]and[ ]{_MAKER})?)[’']s[ ]"
    r"(?:(?!(?:of|in|from|for|with|on|at|by|and)[ ])[\w+-]+[ ]){0,3}?"
    rf"(?:{GENRE_NOUNS}|sequel|prequel|adaptation|remake|reboot)"
    r"(?:,[ ]which[ ](?:again[ ]|also[ ])?(?:stars|starred|features|featured|co-stars)[ ]|"
    r",[ ](?:with|in[ ]which)[ ][A-Z]|[ ]returns[ ](?!as\b)[^,.;:]{0,40},[ ]with[ ][A-Z])"
)
"""A sentence's subject: a work by its maker and kind, then a clause that casts it ("Kai Reed's
film stars X as Y" may well be the article's own, and "Kai Reed's film, which screened in May,
follows ..." casts nothing in its clause: both left alone; "In Kai Reed's film, ..." sets the
sentence in the work, no subject)."""


def led_by_made_work(text: str, context: Context) -> bool:
    """Whether ``text`` opens with another work told by its maker and kind ("Kai Reed's
    sequel, which stars ..."), neither the maker nor a title before it being the article's."""
    if "s " not in text[:80]:
        return False
    led = _made_work(text)
    if led is None:
        return False
    named = led["maker"] + " " + (led["title"] or "")
    return not any(context.is_known(word) for word in named.split())


@lru_cache(maxsize=16)
def _made_work(text: str) -> re.Match[str] | None:
    """:data:`_MADE_WORK` at the start of ``text``: asked again for each casting a sentence
    holds, so kept for the last few sentences."""
    return _MADE_WORK.match(text)
