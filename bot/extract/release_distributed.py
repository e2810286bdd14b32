"""Another work released by a distributor: "Salt Harbour is released by Peverell Pictures on 3
June", "Gannet Year will be released in cinemas by Hobart Films in September". A festival report
or round-up dates another film this way beside ours; the sentence's subject is that film, so its
time is not ours unless the name is our own work's (or the headline's). So is a work whose
release a sentence tells and whose kind an apposition gives: "Next week brings the release of
Tarn Point, Kelpa's coastal thriller, on 3 May" (:func:`released_work`).
"""

from __future__ import annotations

from bot.extract.release_asides import WORK_KINDS
from bot.lazy_patterns import lazy_pattern

_SUBJECT_RELEASED = lazy_pattern(
    r"[ “\"‘]*(?P<name>[A-Z][\w’'&-]*(?:[ ](?:(?:of|the|and|in|on|at|a|an|to)[ ])?"
    r"[A-Z][\w’'&-]*){0,4})[ ](?:(?:is|was|will[ ]be|is[ ]being|has[ ]been|are)[ ])"
    r"(?:released|distributed|put[ ]out)[ ](?:(?:in|to|into)[ ](?:UK[ ]|Irish[ ]|US[ ])?"
    r"(?:cinemas|theatres|theaters)[ ])?by[ ][A-Z]"
)
"""A sentence opening with a capitalised name, passively released by a capitalised distributor."""
_NEW_SUBJECT = lazy_pattern(r"(?:,[ ]and|[ ]but|;)[ ](?:the[ ])?[A-Z]")
"""A later clause with a subject of its own: "..., and Copper Bay opens on 3 June"."""


_RELEASE_OF = lazy_pattern(
    r"\b(?:release|arrival|premiere|opening|launch|debut)[ ]of[ ][“\"‘]?"
    r"(?P<name>[A-Z][\w’'&-]*(?:[ ](?:(?:of|the|and|in|on|at|a|an|to)[ ])?[A-Z][\w’'&-]*){0,4})"
    r"[”\"’]?,[ ](?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[’']s|the|a|an)[ ](?:[\w-]+[ ]){0,3}?"
    rf"(?:{WORK_KINDS}|feature|sequel|adaptation|remake)\b"
)
"""The release of a work that an apposition tells by its kind: "the release of Tarn Point,
Kelpa's coastal thriller, ...", "the arrival of Fen Road, a BBC drama about ..."."""


def released_work(chunk: str) -> str | None:
    """The work whose release the sentence tells, set as a work by its apposition, when no
    later clause has a subject of its own (see :func:`released_by_distributor`)."""
    if " of " not in chunk:
        return None
    match = _RELEASE_OF.search(chunk)
    if match is None or _NEW_SUBJECT.search(chunk, match.end()):
        return None
    return match["name"]


def released_by_distributor(chunk: str) -> str | None:
    """The work a sentence says a distributor releases, named as its subject, when it does and
    no later clause has a subject of its own."""
    if " by " not in chunk:
        return None
    match = _SUBJECT_RELEASED.match(chunk)
    if match is None or _NEW_SUBJECT.search(chunk, match.end()):
        return None  # a later clause may date another work, ours among them
    return match["name"]
