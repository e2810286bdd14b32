"""Days of the month spelled as ordinal words, as speakers and transcripts say them: "from the
sixth of February", "on the twenty-first of May", "the Thirtieth of June". Written in figures
("6 February") in a copy of the sentence, so every rule reading a spelled-out date holds; "the
sixth of the month" and "a fifth of viewers" name no month and stay as they are."""

from __future__ import annotations

import re

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import MONTH_NAME

_UNITS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
)  # fmt: skip
_TEENS = (
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth",
)  # fmt: skip
_DAYS: dict[str, int] = {word: number for number, word in enumerate(_UNITS, 1)}
_DAYS |= {word: number for number, word in enumerate(_TEENS, 10)}
_DAYS |= {"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31}
_DAYS |= {f"twenty{gap}{word}": 20 + n for n, word in enumerate(_UNITS, 1) for gap in "- "}

_HINT = lazy_pattern(r"(?i)(?:st|nd|rd|th)[ ]of[ ]")
_WORD_DAY = lazy_pattern(
    r"(?i)\bthe[ ](?P<day>"
    + "|".join(sorted(_DAYS, key=len, reverse=True))
    + rf")[ ]of[ ](?-i:(?P<month>{MONTH_NAME}))\b"
)


def _figures(match: re.Match[str]) -> str:
    return f"{_DAYS[match['day'].lower()]} {match['month']}"


def word_days(chunk: str) -> str:
    """``chunk`` with each "the sixth of February" written "6 February"; the same text when
    none."""
    if " of " not in chunk.lower() or _HINT.search(chunk) is None:  # a plain test first
        return chunk
    return _WORD_DAY.sub(_figures, chunk)
