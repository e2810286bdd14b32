"""Two clues that a full name is a person's, not a part's, for :mod:`bot.extract.castorder`.

A part is never "starring" in a headline's list of names ("... STARRING ADA VALE AND TOM
REED"), and never "can currently be seen in" another work ("Ada Vale can currently be seen in
Salt Year"): both are said of actors.
"""

from __future__ import annotations

from bot.extract.cues import word_led
from bot.lazy_patterns import lazy_pattern

_SEEN_ELSEWHERE = lazy_pattern(
    r"[ ](?:can|will)[ ](?:currently|also|now|next)[ ]be[ ]seen[ ]in\b"
    r"|[ ](?:is|are)[ ](?:currently|also|now)[ ](?:starring|appearing)[ ]in\b"
)
"""After a full name, a career's current turn elsewhere: "X can currently be seen in Z", "X is
also starring in Z": said of a person (an actor), never of a part."""


def seen_elsewhere(name: str, text: str) -> bool:
    """The full ``name`` with a career's current turn elsewhere after it: weakest, so it only
    settles a pair every other sign leaves even."""
    if " be seen in " not in text and " starring in " not in text and " appearing in " not in text:
        return False
    return next(word_led(name, text, _SEEN_ELSEWHERE), None) is not None


_STARRING = lazy_pattern(
    r"\b(?i:starring|co-starring|stars)[ ](?:(?:and|&|(?!AS[ ]|As[ ])[^\sa-z]\S*)[ ]){0,12}$"
)
"""Names (capitalised words, "and") back to "starring" just before a name."""


def starred(name: str, text: str) -> bool:
    """The full ``name`` is among those "starring" names (in any case, as a headline in capitals
    writes them: "... STARRING ADA VALE AND TOM REED"): an actor's, never a part's."""
    if "tarring" not in text and "TARRING" not in text and "stars" not in text:
        return False
    for case in (name, name.upper()):
        at = text.find(case)
        while at >= 0:
            if _STARRING.search(text, max(at - 80, 0), at) is not None:
                return True
            at = text.find(case, at + 1)
    return False
