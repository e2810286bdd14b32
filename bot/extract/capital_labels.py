"""An interview label in capitals ("ADA VALE:") and the name as the article writes it in
ordinary case elsewhere ("Ada Vale"). House styles keep a name's inner small letters in
capitals ("TOM McKEE:", "ROSA DeLUCA:", "IDA MacLEOD:"): such a label is in capitals too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.lazy_patterns import lazy_pattern

_CAPS_WORD = lazy_pattern(r"[^\W\d_]+")
_PREFIXED = lazy_pattern(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[^\W\d_a-z]{2,}")
"""A surname in capitals after a prefix kept in ordinary case: "McKEE", "DeLUCA", "VanDYKE"."""


def in_capitals(label: str) -> bool:
    """``label`` is written in capitals: every word is ("ADA VALE"), or keeps only a surname
    prefix small ("TOM McKEE"); "Tom McKee" and "Ada Vale" are not."""
    if label.isupper():
        return True
    words = _CAPS_WORD.findall(label)
    return (
        bool(words)
        and any(_PREFIXED.fullmatch(w) for w in words)
        and all(w.isupper() or _PREFIXED.fullmatch(w) for w in words)
    )


_ORDINARY = 2


@lru_cache(maxsize=64)
def caps_pattern(label: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(label).replace(r"\ ", "[ ]") + r"(?!\w)", re.I)


def ordinary_case(label: str, text: str) -> str | None:
    """An interview label in capitals ("ADA VALE:") as the article writes the name in ordinary
    case elsewhere ("Ada Vale"); None for a one-word label ("VALE" may be the word "vale"),
    unless a prefix kept small marks it a surname ("McKEE:" is "McKee"), or a name the article
    never writes in ordinary case (title case would guess: "MCAVOY", "McAVOY")."""
    if len(label.split()) < _ORDINARY and _PREFIXED.fullmatch(label) is None:
        return None
    for match in caps_pattern(label).finditer(text):
        if not in_capitals(match.group()):
            return match.group()
    return None
