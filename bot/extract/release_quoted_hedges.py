"""A hedge the makers said in quotation marks just before the time: "said the film would “most
likely” arrive in 2027", "said it “could well” land in spring". The rules read the sentence with
quotations masked, so the hedge word is hidden from them; this reads the short quotation back
from the unmasked sentence. Only a quotation of a few words in the time's own clause counts.
A likelihood or a wish quoted just after the time in its clause ("said an autumn slot was
“likely”", "described a 2027 release as “the hope”") hedges it too. A quoted time the speaker
goes on to doubt in their own words ("would be out “next spring, I think, unless it slips”") is
a guess, so hedged too."""

from __future__ import annotations

import re

from bot.extract.release_hedges import HEDGE
from bot.extract.release_tail_hedges import CONDITION
from bot.extract.text import MASK
from bot.lazy_patterns import lazy_pattern

_SHORT_QUOTE = lazy_pattern(r"[“\"](?P<words>[^“”\"]{1,30})[”\"]")
_GUESS = lazy_pattern(r"\b(?:probably|presumably|[Pp]ossibly|[Pp]erhaps)\b")
"""Guessing words a maker may say that :data:`HEDGE` leaves to other rules."""
_LEAD = 12
"""Characters before the quotation that place it in the masked sentence."""
_REACH = 40
"""How far before the time's end the quotation may close."""
_BREAK = lazy_pattern(r"[;:]|,[ ]|[ ](?:but|and|while|although|though)[ ]")


_DOUBTED = lazy_pattern(r"[“\"](?P<when>[^“”\",.;]{1,40}),[ ](?P<doubt>[^“”\"]{1,100})[”\"]")
"""A quoted time and the words after its comma."""
_DOUBT = lazy_pattern(
    r"\b(?:I[ ](?:think|reckon|guess|believe|hope|imagine|suspect)|I['’]m[ ](?:pretty|fairly|"
    r"quite|almost)[ ]sure|I['’]d[ ](?:say|guess|imagine)|unless|probably|hopefully|possibly|"
    r"perhaps|maybe|most[ ]likely|"
    rf"don['’]t[ ](?:quote[ ]me|hold[ ]me[ ]to)|{CONDITION})\b",
    re.IGNORECASE,
)
"""The speaker's own doubt after the time: "I'm pretty sure", "I think", "unless ...", or a
condition ("if the weather holds")."""
_HEARSAY = lazy_pattern(
    r"\b(?:I|we)(?:(?:['’](?:m|re|ve[ ]been)|[ ](?:am|are|was|were|have[ ]been))[ ]told|"
    r"[ ](?:hear|gather)|(?:['’]ve|[ ]have)[ ]heard)(?=[ ]*(?:[,.;!?…]|$|(?:by|from)\b))",
    re.IGNORECASE,
)
"""Word passed on to the speaker, as an aside after the time: "I'm told", "we were told", "or so
I've heard", "I hear." (not "I hear the fans are thrilled", a new clause of their own)."""


_LIKELY = lazy_pattern(r"(?:(?:most|very|quite|highly)[ ])?(?:likely|probable|possible)")
"""A quoted likelihood, the whole quotation: "likely", "most likely"."""
_WISHED = lazy_pattern(
    r"(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Mm]y)[ ](?:[\w-]+[ ])?"
    r"(?:hope|wish|dream|ambition|aspiration|guess|bet)"
)
"""A quoted wish or guess, the whole quotation: "the hope", "our best guess"."""


def _as_masked(evidence: str, quote: re.Match[str]) -> str:
    """The short quotation and the words before it as the masked chunk holds them, its words
    masked and its marks kept, to find its place there."""
    marks = quote.group()
    lead = evidence[max(0, quote.start() - _LEAD) : quote.start()]
    return lead + marks[0] + MASK * len(quote["words"]) + marks[-1]


def _likely_after(chunk: str, end: int, quote: re.Match[str], masked: str) -> bool:
    """The short ``quote`` (``masked`` as the chunk holds it) is a likelihood or a wish
    following the time in its clause: "an autumn slot was “likely”", "a release in 2027 as
    “the hope”"; not one past a clause break ("out in May, and a tour is “likely”")."""
    words = quote["words"].strip()
    if _LIKELY.fullmatch(words) is None and _WISHED.fullmatch(words) is None:
        return False
    at = chunk.find(masked, max(0, end - _LEAD), end + _REACH + len(masked))
    opens = at + len(masked) - len(quote.group())
    return at >= 0 and opens >= end and _BREAK.search(chunk, end, opens) is None


def doubted_in_quotes(evidence: str, chunk: str, end: int) -> bool:
    """The time ending at ``end`` was quoted, and the speaker doubts it after a comma inside
    the same quotation ("“later this year, I'm pretty sure, unless ...”")."""
    for quote in _DOUBTED.finditer(evidence):
        when = quote["when"].strip()
        near = chunk[max(0, end - len(when) - 2) : end + 2]
        doubt = quote["doubt"]
        if when and when in near and (_DOUBT.search(doubt) or _HEARSAY.search(doubt)):
            return True
    return False


_DISCLAIMER = lazy_pattern(
    r"[“\"](?:[^“”\"]{0,80}?[.!?,;][ ])?(?:[Bb]ut[ ])?(?:(?:[Dd]on['’]t|[Dd]o[ ]not)[ ]"
    r"(?:hold[ ]me[ ]to[ ](?:that|it|this)|quote[ ]me(?:[ ]on[ ](?:that|it|this))?)|"
    r"[Nn]o[ ]promises)\b[^“”\"]{0,80}[”\"]"
)
"""A quotation that takes back what was just said, at its start or after a first sentence or
clause: "Don't hold me to that", "don't quote me", "That's the plan. No promises"."""


def disclaimed_after(evidence: str, chunk: str, end: int) -> bool:
    """A quoted disclaimer follows the time in its sentence ("out in 2028, she said, adding:
    “Don't hold me to that.”"): the speaker's own guess. One before the time is not its."""
    for quote in _DISCLAIMER.finditer(evidence):
        opening = evidence[max(0, quote.start() - _LEAD) : quote.start() + 1] + MASK * 5
        if chunk.find(opening, end) >= 0:  # its words masked, perhaps bar a closing stop
            return True
    return False


def hedged_in_quotes(evidence: str, chunk: str, end: int) -> bool:
    """A short quotation that holds a hedge word closes in the clause just before ``end`` or is
    a likelihood just after it (one pass over the quotations), or the quoted time there is
    doubted in its own quotation."""
    if doubted_in_quotes(evidence, chunk, end) or disclaimed_after(evidence, chunk, end):
        return True
    for quote in _SHORT_QUOTE.finditer(evidence):
        masked = _as_masked(evidence, quote)
        if _likely_after(chunk, end, quote, masked):
            return True
        words = quote["words"]
        if len(words.split()) > 3 or (HEDGE.search(words) or _GUESS.search(words)) is None:
            continue
        at = chunk.rfind(masked, max(0, end - _REACH - len(masked)), end)
        if at >= 0 and _BREAK.search(chunk, at + len(masked), end) is None:
            return True
    return False
