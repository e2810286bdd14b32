"""A part named in an apposition that says where it is played, for :mod:`bot.extract.cast`.

Goodbye posts and round-ups introduce a returning actor by the part, with no casting verb:
"Ada Vale, Mira Holt in the series and the film, posted ...", "Tom Reyes – Ada's brother Rob
on screen – wrote ...", "Kai Lund, the film's Mira Holt, shared ...". The place ("in the
series", "on screen") or the work's possessive ("the film's") marks the part as played, so
the name after the comma is no second person."""

from __future__ import annotations

from bot.extract.castforms import CHAR, Casting, casting_at
from bot.extract.names import FULL_NAME, TOKEN
from bot.lazy_patterns import lazy_pattern

_WORK = r"(?:series|show|films?)"
_KIN = rf"(?:{TOKEN}[’']s[ ](?:older[ ]|younger[ ]|big[ ]|little[ ])?[a-z]+[ ])?"
"""Only a relation may stand before the part ("Rory's sister"): "Ada Vale, who played Mira in
the series," is a past part, no apposition."""
_ON_SCREEN = lazy_pattern(
    rf"(?P<actor>{FULL_NAME}|^{TOKEN})(?:,|[ ]–)[ ]{_KIN}(?P<char>{CHAR})[ ]"
    rf"(?:in[ ]the[ ]{_WORK}(?:[ ]and[ ](?:the[ ])?{_WORK})?|on[ ]screen)(?=[,;:)]|[ ]–)"
)
"""The part, then where it is played, closing the apposition: "Ada Vale, Mira in the series,";
a surname alone only opening the sentence ("Vale, Mira in the series, posted ..."), as news
calls an actor named before."""
_ON_SCREEN_PAIR = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})[ ](?:and|&)[ ](?P<actor2>{FULL_NAME}),[ ](?P<char>{CHAR})[ ]"
    rf"(?:and|&)[ ](?P<char2>{CHAR})[ ](?:respectively|in[ ]the[ ]{_WORK}|on[ ]screen)"
    r"(?=[,;:)]|[ ]–)"
)
"""Two actors, then their parts in order with where or how they pair, closing the apposition:
"Ada Vale and Kai Lund, Mira and Tom respectively, are ..." ("on screen", "in the series"); with
no such word the pair may be anything of theirs ("A and B, Leeds and Truro, ...")."""
_WORKS_PART = lazy_pattern(
    rf"(?P<actor>{FULL_NAME})(?:[ ]\(@[\w.]+\))?,[ ]the[ ]{_WORK}[’']s[ ](?P<char>{CHAR})"
    r"(?=[,;:)]|[ ]–)"
)
"""The work's possessive before the part: "Kai Lund (@kai.lund), the film's Mira Holt,"."""


def on_screen_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Every "Actor, Part in the series," ("A and B, P and Q respectively,") and "Actor, the
    film's Part," in the sentence."""
    found: list[Casting] = []
    if " in the " in chunk or " on screen" in chunk:  # the place each match ends with
        found += [casting_at(m, evidence, offset) for m in _ON_SCREEN.finditer(chunk)]
    if " in the " in chunk or " on screen" in chunk or " respectively" in chunk:
        for match in _ON_SCREEN_PAIR.finditer(chunk):
            found.append(casting_at(match, evidence, offset))
            start, end = offset + match.start("actor2"), offset + match.end()
            found.append(Casting(match["actor2"], match["char2"], evidence, start, end=end))
    if ", the " in chunk:  # every possessive part follows one
        found += [casting_at(m, evidence, offset) for m in _WORKS_PART.finditer(chunk)]
    return found
