"""A common noun at a sentence's start before a bare crew participle, for
:mod:`bot.extract.crewleavers`.

"Signs directing crew to the car park went up overnight" and "Arrows directing fans to the
pier" (invented examples) open with a capitalised common noun, not a name: a sentence never
starts with a lone name and a bare "directing" (a person's credit reads "X is directing" or
"with X directing"), so such a word credits no one.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_OPENING = lazy_pattern(r"^[\s“\"‘'*_(]*$")
"""Only quote marks, markup or a bracket before the word: the sentence's first word."""
_BARE = lazy_pattern(r"[ ](?:[a-z]+ing)\b")
"""The participle straight after the word, with no auxiliary and no comma."""


def common_subject(chunk: str, start: int, names: re.Match[str], found: re.Match[str]) -> bool:
    """Whether the names are one word opening the sentence, straight before a bare -ing verb."""
    if " " in names[0].strip() or not _OPENING.match(chunk[:start]):
        return False
    return _BARE.fullmatch(chunk, names.end(), found.end("verb")) is not None
