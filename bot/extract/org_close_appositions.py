"""A company named right after its trade's noun, with no comma ("the data firm Ardent Metrics
said", "at the talent agency Quillmere Talent"), for :mod:`bot.extract.organisations`: the name is
that firm whatever preposition stands before it, since no person is called "the firm X"."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

TRADE_NOUN = (
    r"(?:agency|firm|company|publisher|distributor|broadcaster|streamer|label|charity|"
    r"consultancy|newspaper|magazine|website|journal)"
)
"""A company's trade, as a noun that names no person ("the firm", "research firm")."""
_CLOSE_BODY = lazy_pattern(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]er|[Hh]is|[Tt]heir|[Ii]ts)[ ](?:[a-z-]+[ ]){0,2}?"
    r"|(?:^|(?<=[.!?][ ])|(?<=\n))[A-Z][a-z-]+[ ](?:[a-z-]+[ ])?)"
    rf"{TRADE_NOUN}[ ]$"
)
"""The trade's noun, not a place's ("at the studio Ada Vale laughs" puts her in a room), after a
determiner or opening its sentence ("Casting agency Quillmere Talent said")."""
_RUN_BY = lazy_pattern(
    r"[ ](?:[a-z]+ly[ ])?(?:runs|ran|founded|co-founded|set[ ]up|started|owns|owned|leads|led"
    r"|heads|headed|joined|left|works|worked)\b"
)
"""The name is the subject of a clause about the firm ("the firm Ada Vale founded"): a person."""
_LONGER = lazy_pattern(r"[ ][A-Z]")
"""More of a name after it ("Ada" of "the firm Ada Vale founded"): only part of a name."""


def close_body_before(text: str, at: int, end: int) -> bool:
    """The name at ``at`` (ending at ``end``) follows its firm's noun with no comma."""
    return (
        _CLOSE_BODY.search(text, max(at - 40, 0), at) is not None
        and _RUN_BY.match(text, end) is None
        and _LONGER.match(text, end) is None
    )
