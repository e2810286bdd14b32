"""A family's surname shared across a paired list of parts, for :mod:`bot.extract.castpairs`:
"A and B play the sisters, Maud and Ivy Tressider" names Maud Tressider too. Only when a
kin noun (sisters, brothers, twins, siblings) introduces the parts, every part but the last is
one word and the last is a first name and a surname; otherwise the parts stay as written.
"""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_KIN = lazy_pattern(r"\b(?:sisters|brothers|twins|siblings|twin[ ](?:sisters|brothers))\b,?[ ]$")


def kin_surnames(chars: list[str], chunk: str, match: re.Match[str]) -> list[str]:
    """The parts with the last one's surname given to the one-word parts before it."""
    if len(chars) < 2 or "chars" not in match.re.groupindex:
        return chars
    last = chars[-1].split()
    if len(last) != 2 or any(" " in c for c in chars[:-1]):
        return chars
    at = match.start("chars")
    if not _KIN.search(chunk, max(match.start(), at - 30), at):
        return chars
    return [f"{c} {last[1]}" for c in chars[:-1]] + [chars[-1]]
