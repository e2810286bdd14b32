"""How far a hope or plan reaches in its sentence. "The team hopes to finish ..., with a
theatrical release to follow in 2027": the hope governs the rest of the sentence, so the
release's time is hedged. "Production is expected to wrap soon, with the film due to land next
year": the later clause states the release's time with a schedule word of its own ("due to",
"set to", "scheduled to", "slated to") in the clause that holds the time, so the hope is its
own step's only. A schedule word of another clause ("with a sequel set to follow, and a release
in 2026") or a causal "due to" ("due to weather delays") lifts nothing.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_HOPED = lazy_pattern(
    r"\b(?:hopes|hoping|aims|aiming|plans|planning|expects|expected[ ]to|eyeing|targeting)\b"
)
"""A hope or plan that may govern the rest of the sentence."""
_CLAUSE_BREAK = lazy_pattern(r"(?:,|;|[ ]and)[ ]")
"""Where a later clause begins: the time's own clause runs from the last one to the time."""
_OWN_SCHEDULE = lazy_pattern(
    r"\b(?:(?:set|scheduled|slated)[ ]to[ ][a-z]+|due[ ]to[ ](?:land|arrive|open|air|premiere|"
    r"debut|launch|hit|drop|return|bow|stream|screen|be|come|follow|start|begin|release))\b"
)
"""A schedule word of the time's own clause; "due to" only before a verb ("due to land"), never
as "because of" ("due to weather delays")."""


def hoped_over(chunk: str, end: int) -> bool:
    """A hope or plan before ``end`` in ``chunk`` still governs the time at ``end``: no schedule
    word in the time's own clause (after the last clause break) lifts it."""
    hopes = list(_HOPED.finditer(chunk, 0, end))
    if not hopes:
        return False
    own = hopes[-1].end()
    for brk in _CLAUSE_BREAK.finditer(chunk, own, end):
        own = brk.end()
    return own == hopes[-1].end() or _OWN_SCHEDULE.search(chunk, own, end) is None
