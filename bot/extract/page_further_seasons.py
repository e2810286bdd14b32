"""A look ahead at a season not yet made: its time is that season's, not the show's release.

A chart or streaming page on a show already out often ends on what might follow: "trade reports
say a third series is in the works and may land in late 2027", "A second run could air in
spring 2028", "another season would follow in 2028 at the earliest" (invented examples). The
further season is named with "a" and its number, or "another", as something that may come; the
page's own season is named definitely ("the new season is expected in 2027") and keeps its
time. Only release times are set aside: a sentence on the further season's shoot is left to
the filming rules.
"""

from __future__ import annotations

from bot.extract.cues import hint
from bot.extract.dates import may_hold_window
from bot.extract.release_words import FILMING_NOUN
from bot.extract.text import View
from bot.lazy_patterns import lazy_pattern

_HINT = hint(" second ", " third ", " fourth ", " fifth ", " sixth ", " further ", "nother ")
_FURTHER = lazy_pattern(
    r"(?:^[ “\"‘']*|\bthat[ ]|[,;][ ]|\b(?:and|but|while|though|although|whether)[ ])"
    r"(?:[Aa][ ](?:second|third|fourth|fifth|sixth|further)|[Aa]nother)[ ]"
    r"(?:season|series|run|instalment)\b(?:[ ]of[ ][^,;.]{1,40}?)?"
    r"[ ](?:is|are|could|would|might|may|will|should|was)\b"
)
"""A further season, with "a" or "another", as the subject of its clause: "that a second season
is ...", "A third series could ...", "another run would ..."."""
_HEDGE = lazy_pattern(
    r"\b(?:could|would|might|may|should|likely|possible|possibly|rumou?red|reportedly|"
    r"in[ ]the[ ]works|in[ ](?:early[ ])?development|all[ ]but|not[ ]yet)\b"
)
"""Words telling that the further season may come, not that it is made or dated for sure."""


def further_season(view: View) -> bool:
    """A clause's subject is a further season named with "a" or "another", told as something
    that may come ("could", "is likely"; not "will premiere on 3 May": a confirmed season keeps
    its date), no time comes before it (the show's own: "It opened on 3 May, and a second
    season is likely"), and the sentence says nothing of a shoot."""
    chunk = view.chunk
    further = _FURTHER.search(chunk) if _HINT.search(chunk) else None
    if further is None or FILMING_NOUN.search(chunk):
        return False
    if not _HEDGE.search(chunk, further.start()):
        return False  # "a second season will premiere on 3 May 2026": made, and dated
    before = chunk[: further.start()]
    return not may_hold_window(before, before.lower())
