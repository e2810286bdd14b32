"""A chart or box-office page's look ahead at a rival's opening: its day is the rival's.

A weekly box-office or ratings report ends on what comes next, naming the contest before the
work: "the hardest contender yet lands on 9 March with the puppet caper X", "the real challenge
comes next Friday in the form of Y", "its next serious competition lands on 7 May, with Z". The
day or window is when the rival opens, never the page's own work, unless the rival named after
"with" is ours.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.release_subjects import names_ours
from bot.extract.text import View
from bot.lazy_patterns import lazy_pattern

_CONTESTS = ("test", "challenge", "competition", "threat", "rival", "contender")
"""The nouns a look ahead names the contest by."""
_HINT = hint(*_CONTESTS)
_ARRIVAL = lazy_pattern(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ ](?:[a-z][\w-]*[ ]){0,3}?"
    rf"(?:{'|'.join(_CONTESTS)})s?(?:[ ](?:of|for)[ ][^,.;]{{1,30}}?)?"
    r"[ ](?:arrives|arrive|comes|come|"
    r"lands|land|looms|opens|open)\b[^.;]{0,60}?(?:,[ ])?\b(?:with|in[ ]the[ ]form[ ]of|from|"
    r"courtesy[ ]of)[ ]"
)
"""The contest as the subject, its arrival, then the work that brings it."""


def rival_arrives(view: View, context: Context) -> bool:
    """The sentence dates a contest's arrival in another work ("the next rival opens on 9 March
    with X"), and the work named after it is not ours."""
    if not _HINT.search(view.lower):
        return False
    chunk = view.chunk
    arrival = _ARRIVAL.search(chunk)
    return arrival is not None and not names_ours(chunk[arrival.end() :], context, strict=True)
