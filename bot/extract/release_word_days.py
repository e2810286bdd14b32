"""Days of the month spelled as ordinal words, as speakers and transcripts say them: "from the
sixth of February", "on the twenty-first of May", "the Thirtieth of June"; or after the month,
as a speaker narrows it ("we started in March, the ninth, and ..."). Written in figures
("6 February") in a copy of the sentence, so every rule reading a spelled-out date holds; "the
sixth of the month" and "a fifth of viewers" name no month and stay as they are."""

from __future__ import annotations

import re

from bot.extract.lexicon import MONTH_NAME
from bot.lazy_patterns import lazy_pattern

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
_DAY_WORDS = "|".join(sorted(_DAYS, key=len, reverse=True))
"""The day words, longest first, so "twenty-first" is tried before "first"."""
_WORD_DAY = lazy_pattern(
    r"(?i)\bthe[ ](?P<day>" + _DAY_WORDS + rf")[ ]of[ ](?-i:(?P<month>{MONTH_NAME}))\b"
)

_MONTH_THEN_DAY = lazy_pattern(
    rf"(?:\blast[ ])?\b(?P<month>{MONTH_NAME}),[ ](?:on[ ])?the[ ]"
    r"(?i:(?P<day>" + _DAY_WORDS + r"|\d{1,2}(?:st|nd|rd|th)))(?=[,.;]|[ ]and\b|$)"
)
"""The month, then its day on its own ("in March, the ninth, and wrapped", "last July, on the
14th, we began": the day of that month gone by, which the sentence's past reads again); not an
ordinal with a noun after it ("in March, the first month of the shoot")."""


def _figures(match: re.Match[str]) -> str:
    day = match["day"].lower()
    return f"{day[:-2] if day[:1].isdigit() else _DAYS[day]} {match['month']}"


def word_day(word: str) -> int | None:
    """The day an ordinal word names ("fourteenth": 14), if it names one."""
    return _DAYS.get(word.lower())


def word_days(chunk: str) -> str:
    """``chunk`` with each "the sixth of February" (or "February, the sixth") written "6
    February"; the same text when none."""
    if ", the " in chunk or ", on the " in chunk:
        chunk = _MONTH_THEN_DAY.sub(_figures, chunk)
    if " of " not in chunk.lower() or _HINT.search(chunk) is None:  # a plain test first
        return chunk
    return _WORD_DAY.sub(_figures, chunk)
