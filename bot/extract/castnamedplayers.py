"""A part whose own player is named right after it, for :mod:`bot.extract.castnotparts`.

"X said the film picks up as Ada's sister Bea – played by Y – moves away": the "as" opens a
clause, and whoever plays Bea is the name after "played by", never the sentence's subject. So an
"X ... as Y" match whose part is followed at once by a dashed, bracketed or comma "played by"
states no part for X (the "played by" form reads Y's own casting).
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PLAYED_BY_NEXT = lazy_pattern(
    r"(?:[ ]?[–—,][ ]|[ ]-[ ]|[ ]?\()(?:(?:now|currently|still|again)[ ])?"
    r"(?:played|portrayed|voiced)[ ]by[ ][A-Z]"
)


def player_named_after(chunk: str, end: int) -> bool:
    """Whether a dashed, bracketed or comma "played by <Name>" follows the part at ``end``."""
    return _PLAYED_BY_NEXT.match(chunk, end) is not None
