"""A hedge the makers said in quotation marks just before the time: "said the film would “most
likely” arrive in 2027", "said it “could well” land in spring". The rules read the sentence with
quotations masked, so the hedge word is hidden from them; this reads the short quotation back
from the unmasked sentence. Only a quotation of a few words in the time's own clause counts."""

from __future__ import annotations

import re

from bot.extract.release_words import HEDGE
from bot.extract.text import MASK

_SHORT_QUOTE = re.compile(r"[“\"](?P<words>[^“”\"]{1,30})[”\"]")
_GUESS = re.compile(r"\b(?:probably|presumably|[Pp]ossibly|[Pp]erhaps)\b")
"""Guessing words a maker may say that :data:`HEDGE` leaves to other rules."""
_LEAD = 12
"""Characters before the quotation that place it in the masked sentence."""
_REACH = 40
"""How far before the time's end the quotation may close."""
_BREAK = re.compile(r"[;:]|,[ ]|[ ](?:but|and|while|although|though)[ ]")


def hedged_in_quotes(evidence: str, chunk: str, end: int) -> bool:
    """A short quotation that holds a hedge word closes in the clause just before ``end``."""
    for quote in _SHORT_QUOTE.finditer(evidence):
        words = quote["words"]
        if len(words.split()) > 3 or (HEDGE.search(words) or _GUESS.search(words)) is None:
            continue
        marks = quote.group()
        masked = evidence[max(0, quote.start() - _LEAD) : quote.start()]
        masked += marks[0] + MASK * len(words) + marks[-1]
        at = chunk.rfind(masked, max(0, end - _REACH - len(masked)), end)
        if at >= 0 and _BREAK.search(chunk, at + len(masked), end) is None:
            return True
    return False
