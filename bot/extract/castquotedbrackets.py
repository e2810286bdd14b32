"""A "Name (Name)" pair inside a quoted title, for :mod:`bot.extract.castchecks`.

An episode's, a chapter's or a song's title may carry a bracketed aside of its own: the episode
"Ada and Mira Forever (Promise)" (invented). "Name (Name)" reads like an actor and a part, but
a pair that lies wholly inside one short quotation is the quotation's words, not a credit the
article gives, so the casting read from it is held, never served.
"""

from __future__ import annotations

from bot.extract.castcrewbrackets import bracket_pairs
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

QUOTED_BRACKET_DOUBT = "the bracketed pair lies inside a quoted title"

_SHORT_QUOTE = lazy_pattern(r"“[^“”]{1,80}”|\"[^\"]{1,80}\"|‘[^‘’]{1,80}’(?![A-Za-z])")
"""A short quotation: a title's length, not a paragraph of speech."""


def quoted_bracket(fact: CastFact) -> CastFact:
    """``fact`` held when its "Name (Name)" pair lies inside one short quotation."""
    for pair in bracket_pairs(fact):
        for quote in _SHORT_QUOTE.finditer(fact.evidence):
            if pair in quote.group():
                return held(fact, QUOTED_BRACKET_DOUBT)
    return fact
