"""A title revealed in one sentence and named at the start of the next: "Netflix today revealed
the title and premiere date of the film. Lanterns: The Long Night will launch on ...". The name
that opens the next sentence, our production's name with a subtitle, is the revealed title."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_REVEALED = lazy_pattern(
    r"\b(?:revealed|announced|unveiled|confirmed|shared)[ ](?:the|its)[ ](?:official[ ]|new[ ]|"
    r"final[ ])?title(?![\w-])(?![ ](?:track|song|sequence|card|role|character))"
)
"""A reveal of the title itself (not a title track or a title role)."""
_WORD = r"[A-Z][\w’'-]*"
_SMALL = r"(?:the|of|and|a|an|in|on|at|to|for|from|with)"
_OPENING = lazy_pattern(
    rf"[ “\"]*(?P<title>(?P<main>{_WORD}(?:[ ]{_WORD}){{0,2}}):[ ]{_WORD}(?:[ ](?:{_SMALL}[ ])*"
    rf"{_WORD}){{0,4}})[ ](?:will|is|arrives|lands|launches|premieres|opens|debuts|hits|streams)\b"
)
"""Our name with a subtitle opening the sentence, then its verb."""


def revealed_title(doc: Doc, view: View, evidence: str, context: Context) -> list[ReleaseFact]:
    """The title named by a sentence that follows a reveal of the title in the same paragraph."""
    if ": " not in view.chunk[:80]:
        return []
    match = _OPENING.match(view.chunk)
    if match is None or not context.is_ours(match["main"]):
        return []
    before = [
        v for v in doc.views if v.span.para == view.span.para and v.span.end <= view.span.start
    ]
    if not before or "title" not in before[-1].lower or not _REVEALED.search(before[-1].chunk):
        return []
    return [ReleaseFact(ReleaseKind.TITLE, evidence, title=match["title"])]
