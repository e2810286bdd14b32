"""Words in marks that no one is quoted saying, for :mod:`bot.extract.terms`: a crowd's sound,
and the second of a pair of names.

"to a long “aww” from the hall" is a sound a crowd makes;
"Fans call her “the Marsh author” as often as “the Lark author”" gives two names the way the
first is given, so the second is a name too when the first is one.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_SOUND_BEFORE = lazy_pattern(r"\b(?:a|an)[ ](?:[a-z]+[ ]){0,2}$")
_SOUND = lazy_pattern(r"[a-z]+[!]*")
_SOUND_AFTER = lazy_pattern(
    r"[”\"’']s?[ ](?:from|went[ ]up|goes[ ]up|rang[ ]out|rippled|rose|erupted)\b"
)
"""A crowd's sound: one lower-case word after "a" (perhaps "a long", "an audible"), then where
it comes from or how it spread ("a long “aww” from the hall", "an “ooh” went up")."""
_PAIRED = lazy_pattern(
    r"[”\"][ ](?:as[ ](?:often|much)[ ]as|rather[ ]than|more[ ]than|or|and|not)[ ]$"
)
"""A closing mark, then what joins a second name to the first ("” as often as “")."""
_REACH = 40


def unsaid(text: str, quote: tuple[int, int], para: tuple[int, int]) -> bool:
    """``text[quote[0]:quote[1]]`` is a crowd's sound (see above)."""
    before = (max(para[0], quote[0] - _REACH), max(para[0], quote[0] - 1))
    if _SOUND.fullmatch(text, *quote) is None or _SOUND_BEFORE.search(text, *before) is None:
        return False
    return _SOUND_AFTER.match(text, quote[1], para[1]) is not None


def paired_before(
    text: str, quote: tuple[int, int], para: tuple[int, int]
) -> tuple[int, int] | None:
    """The quotation just before ``quote`` that it is joined to as a second name, if any."""
    start = max(para[0], quote[0] - 1)
    joined = _PAIRED.search(text, max(para[0], quote[0] - 1 - _REACH), start)
    if joined is None:
        return None
    close = joined.start()
    opening = text.rfind("“" if text[close] == "”" else '"', para[0], close)
    return None if opening < 0 else (opening + 1, close)
