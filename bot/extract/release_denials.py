"""A time the sentence denies or questions ("the film will not arrive in March", "Netflix has
yet to confirm whether it lands in May"): it states no release."""

from __future__ import annotations

from bot.extract.cues import hint
from bot.lazy_patterns import lazy_pattern

_NEGATED = lazy_pattern(
    r"\b(?:(?:will|would|does|do|did|is|are|was|were|could|can|has|have)(?:[ ]not|[ ]NOT|n['’]t)"
    r"|won['’]t|never)[ ](?:(?:(?:now|yet|actually|officially|even|be|have|been)[ ]){0,2}(?:out|"
    r"released|back|available|ready|arrive|land|premiere|"
    r"release|open|debut|hit|drop|stream|air|come|return|launch)\w*\b(?![^.;]*\b(?:until|till|"
    r"before)\b)|be[ ](?:the|its|a)[ ](?:[\w-]+[ ])?release\b(?![ ]date)(?![^.;]*\b(?:which|"
    r"when|until|till|before|that)\b))"
    r"|\b(?:(?:is|are|was|were|looks?|seems?)[ ](?:now[ ]|still[ ]|highly[ ]|very[ ])?unlikely[ ]to"
    r"|too[ ]late[ ]for)\b"
)
"""Also an event denied to be the release ("the gala would not be the release, so ..."): the
time after it is the event's, unless a clause names the release's own ("..., which is in May").
A time the work is called unlikely to make, too late for or not ready for ("is unlikely to be
released in 2026", "wraps in August, too late for release in 2026", "will not be ready for
release in May") is the one it misses: denied too."""
_DOUBTED = lazy_pattern(
    r"\b(?:whether|denied|denies|dismissed|ruled[ ]out|as[ ]rumou?red|[Cc]ontrary[ ]to)\b"
)
_DOUBT_HINT = hint("not", "NOT", "n't", "n’t", "never", "whether", "deni", "dismissed", "ruled out",
                   "rumour", "rumor", "ontrary", "unlikely", "too late")  # fmt: skip


_CLAUSE_CUTS = (" but ", ";", " though ", " although ", " while ", " whereas ")


def denied(chunk: str, end: int) -> bool:
    """The sentence denies or questions the time ("the film will not arrive in March",
    "Netflix has yet to confirm whether it lands in May"): it states no release."""
    if not _DOUBT_HINT.search(chunk):
        return False
    start = max(0, *(chunk.rfind(cut, 0, end) for cut in _CLAUSE_CUTS))
    if _DOUBTED.search(chunk, start, end + _DOUBT_TAIL):
        return True  # "... will arrive in March, as rumoured"? "whether it lands in May"
    return _NEGATED.search(chunk, start, end) is not None


_DOUBT_TAIL = 40
