"""A sentence that opens on a work named and then told by its kind in an aside, and that marks
time by the work's own release ("Tarn Point, Kelpa's six-part thriller, held the top spot in
its third week after its 3 May launch"): the sentence is about that work, and its times are
that work's, another's when the article's own work is known and not it (a chart's or a
round-up's other entry). Not a sentence that dates the opening work's release outright ("Fen
Road, the BBC drama, begins on 3 May"): that may be the article's own, named first."""

from __future__ import annotations

from bot.extract.release_asides import WORK_KINDS
from bot.lazy_patterns import lazy_pattern

_OPENING_WORK = lazy_pattern(
    r"[ “\"‘]*(?P<name>[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z][\w’'-]*)){0,4}),[ ]"
    r"(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[’']s|the|a|an)[ ](?:[\w-]+[ ]){0,3}?"
    rf"(?:{WORK_KINDS}|feature|sequel|finale|adaptation)\b[^,;]{{0,120}},[ ]"
)
"""The opening work and its aside, which names it by its kind and then closes: "Tarn Point,
Kelpa's feature-length finale, ...", "Tarn Lane, the BBC drama about a ferry, ..."."""
_ITS_RELEASE = lazy_pattern(
    r"\b(?:since|after|following|before)[ ]its[ ](?:[\w-]+[ ]){0,3}?"
    r"(?:launch|premiere|release|debut|bow|arrival)\b"
)
"""The work's own release, told as a mark of time ("in its fourth week after its 3 May launch"):
the sentence tells how the work has done since, a chart's or a round-up's other entry."""


def opening_work(chunk: str) -> str | None:
    """The name of the work the sentence opens on, tells by its kind and measures from its
    release, if it does."""
    if ", " not in chunk[:80]:
        return None
    match = _OPENING_WORK.match(chunk)
    if match is None or _ITS_RELEASE.search(chunk, match.end()) is None:
        return None
    return match["name"]
