"""Another work released by a distributor: "Salt Harbour is released by Peverell Pictures on 3
June", "Gannet Year will be released in cinemas by Hobart Films in September". A festival report
or round-up dates another film this way beside ours; the sentence's subject is that film, so its
time is not ours unless the name is our own work's (or the headline's).
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_SUBJECT_RELEASED = lazy_pattern(
    r"[ “\"‘]*(?P<name>[A-Z][\w’'&-]*(?:[ ](?:(?:of|the|and|in|on|at|a|an|to)[ ])?"
    r"[A-Z][\w’'&-]*){0,4})[ ](?:(?:is|was|will[ ]be|is[ ]being|has[ ]been|are)[ ])"
    r"(?:released|distributed|put[ ]out)[ ](?:(?:in|to|into)[ ](?:UK[ ]|Irish[ ]|US[ ])?"
    r"(?:cinemas|theatres|theaters)[ ])?by[ ][A-Z]"
)
"""A sentence opening with a capitalised name, passively released by a capitalised distributor."""
_NEW_SUBJECT = lazy_pattern(r"(?:,[ ]and|[ ]but|;)[ ](?:the[ ])?[A-Z]")
"""A later clause with a subject of its own: "..., and Copper Bay opens on 3 June"."""


def released_by_distributor(chunk: str) -> str | None:
    """The work a sentence says a distributor releases, named as its subject, when it does and
    no later clause has a subject of its own."""
    if " by " not in chunk:
        return None
    match = _SUBJECT_RELEASED.match(chunk)
    if match is None or _NEW_SUBJECT.search(chunk, match.end()):
        return None  # a later clause may date another work, ours among them
    return match["name"]
