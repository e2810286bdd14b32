"""A lone "X ... as Y" that is one end of two coordinated lists, for :mod:`bot.extract.cast`.

"Vale, 30, and Ada Marsh have spent four years as Mira Holt and Tom Reed" pairs two lists in
order; when the pair's own rule cannot read the first list (a surname alone, an age, a clause
between), the plain form sees only "Ada Marsh ... as Mira Holt" and gives the last actor the
first part. Whose part is whose is then not settled: the casting is held, not served.
"""

from __future__ import annotations

from bot.extract.names import NAME
from bot.lazy_patterns import lazy_pattern

_LAST_OF_SUBJECTS = lazy_pattern(
    r"(?:^|[ ,(])[A-Z][\w’'.-]*(?:,[ ](?:now[ ]|aged[ ])?\d{1,3})?,?[ ](?:and|&)[ ]$"
)
"""A name (or surname alone, with an agency's age, "now" or "aged" too) and "and" just before
the actor: the actor closes a coordinated subject ("Vale, 30, and Ada Marsh ...", "Vale, now
30, and Ada Marsh ...")."""
_FIRST_OF_PARTS = lazy_pattern(r"[ ](?:and|&)[ ][A-Z]")
"""The part opens a coordinated pair of names ("as Mira Holt and Tom Reed"; not ", and Ruth
..." that opens a new clause)."""
CASTING_WORD = r"[ ](?:as|plays|play|portrays|voices)[ ]"
"""A casting's word between an actor and a part."""
PART_REPRISED = (
    r"(?:reprises|reprising|(?:(?<=[ ]to[ ])|(?<=[ ]will[ ])|(?<=ll[ ]))reprise)(?=[ ][A-Z])"
)
""""Reprises" as a casting verb, only before the part's capital ("reprises Mira", "will
reprise Tom's mum, Bea"): "reprises the role alongside A" or "reprise their roles, alongside
A" name no part, and a bare "reprise" after one name is a list's plural verb ("A, who ..., and
B, who ..., reprise X and Y"), not B's casting, unless "to" or "will" takes it."""

_AS_BEFORE = lazy_pattern(CASTING_WORD)
"""An earlier "as" item ("A is back as X and B as Y", "C plays Z, and A ..."): a gapped list,
each pair its own."""
_NEXT_ITEM = lazy_pattern(rf"[ ](?:and|&)[ ]{NAME}{CASTING_WORD}[A-Z]")
"""The name after the part has a part of its own ("as X and B as Y"): a gapped list again."""


def split_pairing(chunk: str, actor_start: int, part_end: int) -> bool:
    """The actor ends one list and the part opens another: an order pairing, not one casting."""
    return (
        _FIRST_OF_PARTS.match(chunk, part_end) is not None
        and _NEXT_ITEM.match(chunk, part_end) is None
        and _LAST_OF_SUBJECTS.search(chunk, max(actor_start - 40, 0), actor_start) is not None
        and _AS_BEFORE.search(chunk, max(actor_start - 40, 0), actor_start) is None
    )
