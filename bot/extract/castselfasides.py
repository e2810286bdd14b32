"""An aside that names the actor's part as the actor's screen self, for
:mod:`bot.extract.castasides`.

"Ada Vale, Mira Holt herself, walks out to a roar" and "Ada Vale, Mira Holt in the film,
arrived in green" tell the part as "the film's Mira Holt" does: the aside names who the actor
is on screen. Only a part of two words or more (a first name alone may be anyone's), closed by
the aside's comma, and never the actor's own name.
"""

from __future__ import annotations

import re

from bot.extract.castforms import CHAR
from bot.extract.lexicon import REFLEXIVE
from bot.extract.names import FULL_NAME
from bot.extract.people import clean_name
from bot.lazy_patterns import lazy_pattern

_SELF_ASIDE = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}),[ ](?P<char>{CHAR})[ ]"
    rf"(?:{REFLEXIVE}|in[ ]the[ ](?:film|movie|show|series|sequel))"
    r"(?=,)"
)
"""The actor, a comma, the part, "herself" or "in the film", then the aside's closing comma."""


def self_asides(chunk: str) -> list[re.Match[str]]:
    """The "X, Mira Holt herself," and "X, Mira Holt in the film," castings of ``chunk``."""
    if "self," not in chunk and "selves," not in chunk and " in the " not in chunk:
        return []
    return [
        match
        for match in _SELF_ASIDE.finditer(chunk)
        if " " in match["char"].strip()
        and match["char"] != match["actor"]
        and clean_name(match["actor"])
    ]
