"""How far a hope or plan reaches in its sentence. "The team hopes to finish ..., with a
theatrical release to follow in 2027": the hope governs the rest of the sentence, so the
release's time is hedged. "Production is expected to wrap soon, with the film due to land next
year": the later clause states the release's time with a schedule word of its own ("due to",
"set to", "scheduled to", "slated to") in the clause that holds the time, so the hope is its
own step's only. A schedule word of another clause ("with a sequel set to follow, and a release
in 2026") or a causal "due to" ("due to weather delays") lifts nothing.
"""

from __future__ import annotations

from bot.extract.release_hedges import HEDGE, without_fulfilled
from bot.lazy_patterns import lazy_pattern

_HOPED = lazy_pattern(
    r"\b(?:hopes|hoping|hoped|aims|aiming|plans|planning|expects|expected[ ]to|eyeing|targeting|"
    r"hope(?=[ ](?:that[ ])?[\w’'-]+(?:[ ][\w’'-]+)?[ ](?:will|would)\b)|"
    r"whispers(?=[ ](?:\([^()]{1,20}\)[ ])?of\b))\b"
)
"""A hope, a plan or hearsay ("whispers (unconfirmed) of a festival run and a release in ...")
that may govern the rest of the sentence; a hope told in the past ("said he hoped the film would
reach cinemas in the autumn") or as "hope" with its "will" or "would" ("we hope it will ...")."""
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
    if _own_future(chunk[hopes[-1].end() : end]) is not None:
        return False  # "is expected to wrap in May, and the channel says it will air in 2027"
    return own == hopes[-1].end() or _OWN_SCHEDULE.search(chunk, own, end) is None


_OWN_FUTURE = lazy_pattern(
    r",[ ]and[ ][^,;]*?\bwill[ ](?:air|land|arrive|open|premiere|debut|launch|stream|return|"
    r"screen|hit|drop|be[ ](?:released|out|shown|broadcast))\b[^,;]*$"
)
"""A later main clause with its own plain future of the release: "The shoot is expected to wrap
in May, and the series will air in 2027" states the air date, whatever the first clause hopes."""


_MAKERS_WORD = lazy_pattern(
    r"[,;][ ]but[ ](?:the[ ](?:streamer|studio|network|channel|broadcaster|distributor|company)"
    r"|an?[ ](?:spokes(?:person|woman|man)|representative)"
    r"|[A-Z][\w’'+-]*(?:[ ][A-Z][\w’'+-]*){0,2})"
    r"[ ](?:would[ ]only[ ]say|only[ ](?:said|says)|(?:has[ ])?(?:said|says|confirmed|confirms|"
    r"insists|insisted))\b[^;]*$"
)
"""A later clause set against the hearsay, where the makers (or a named person) say the time
themselves: "a source said they were eyeing May, but the studio would only say 2027"."""


def _own_future(before: str) -> int | None:
    """Where the time's own main clause begins, when it states the release in a plain future
    or in the makers' own word against a hope or hearsay before it."""
    future = _OWN_FUTURE.search(before) or _MAKERS_WORD.search(before)
    return None if future is None else future.start()


def hedged_before(before: str) -> bool:
    """A hedge word in the words before the time, in the time's own main clause when a later
    ", and" clause states the release in a plain future ("Filming is expected to wrap in May,
    and the channel says the series will air in 2027": not hedged)."""
    own = _own_future(before)
    return HEDGE.search(without_fulfilled(before), own or 0) is not None
