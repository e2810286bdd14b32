"""A part's capitalised words that only modify the noun after them, for
:mod:`bot.extract.castchecks`.

"X as the Harbour Board inspector, Wilf Penrose" or "X plays the Coastguard officer" read the
capitals after "the" as the part, but a lower-case noun right after them makes them a body's or
a place's name that describes the part (as "her MI6 handler" does): the part is the name after
the noun, and with none ("as the Coastguard officer.") the casting names no part and is held.
A word that cannot be such a noun ("as the Countess opposite Y", "as the Queen again.") leaves
the part as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.castforms import CHAR
from bot.extract.lexicon import REFLEXIVE
from bot.extract.names import clean_character
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

MODIFIER_DOUBT = "the part read is a body's or a place's name describing the role, not the part"
_NOT_A_NOUN = (
    r"(?!(?:again|too|also|once|now|then|there|here|alone|instead|anew|yet|first|last|before|"
    r"later|opposite|alongside|against|beside|with|without|and|or|but|nor|in|on|at|of|for|to|"
    rf"from|by|into|who|whom|whose|which|that|this|these|those|is|was|will|has|had|{REFLEXIVE})\b)"
)
_NOUN = rf"{_NOT_A_NOUN}[a-z][a-z-]+"
_CAST_BEFORE_PART = lazy_pattern(r"\b(?:as|plays|playing|play|played|portrays|portraying)[ ]the[ ]")
_NOUN_AFTER_PART = lazy_pattern(
    rf"[ ]{_NOUN}(?:,?[ ](?P<char>{CHAR})(?=[,.;:!?)]|[ ][a-z]|$)|(?=[,.;:!?]))"
)
"""The noun after the part's words, and the name after that noun if any. Compiled once: the
part's words are found by string comparison, as a pattern built from them (holding CHAR) took
about 10 ms to compile for every part read."""


def attributive_part(fact: CastFact) -> CastFact:
    """``fact`` with its part the name after the noun its words modify, or held with none."""
    if not fact.served or " the " not in fact.evidence:
        return fact
    found = _noun_after(fact.evidence, fact.character)
    if found is None:
        return fact
    if found["char"] is None:
        return held(fact, MODIFIER_DOUBT)
    return replace(fact, character=clean_character(found["char"]))


def _noun_after(evidence: str, part: str) -> re.Match[str] | None:
    """The first "as the <part> <noun>" in ``evidence``: the match of the noun and the name
    after it, or None."""
    for cue in _CAST_BEFORE_PART.finditer(evidence):
        if evidence.startswith(part, cue.end()):
            found = _NOUN_AFTER_PART.match(evidence, cue.end() + len(part))
            if found is not None:
                return found
    return None
