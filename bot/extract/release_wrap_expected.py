"""A shoot's end expected in a month still to come: a hedged wrap, not a wrap.

"Filming is expected to wrap in September", "The shoot is due to finish next month",
"Production is scheduled to wrap at the end of August", "shooting should wrap later this month":
the shoot is under way and its end is planned, so the month is the wrap's, told as a plan
(hedged). Only a shoot's own noun as the subject ("filming", "the shoot", "production"; "the film"
or "it" only with "wrap"), the plan's verb straight before the end ("is expected to", "is due
to", "should"), and a single month straight after: a run's end ("the series is due to end in
May") or a season of months ("in the autumn") says nothing here, and neither does a month more
than half a year past the article's (a plan that far off is a guess).
"""

from __future__ import annotations

from bot.extract.cues import hint
from bot.extract.dates import parse_window
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.release_window_matches import window_matches
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind

_PLAN = (
    r"(?:(?:is|are|[’']s)[ ](?:now[ ]|currently[ ]|still[ ])?(?:expected|due|set|scheduled|"
    r"slated|on[ ]course|on[ ]track)[ ]to|should)[ ]"
)
_SHOOT = (
    r"(?:[Ff]ilming|[Ss]hooting|[Pp]rincipal[ ]photography|[Pp]roduction|[Tt]he[ ](?:whole[ ]|"
    r"main[ ])?(?:shoot|production))"
)
_END = r"(?:[ ]up)?(?:[ ](?:filming|shooting))?[ ](?:in[ ]|at[ ]|by[ ])?$"
_EXPECTED_END = lazy_pattern(
    r"(?:^|[,;:][ ]|\b(?:and|but|while|as)[ ])"
    rf"(?:{_SHOOT}[ ]{_PLAN}(?:wrap|finish|end|conclude)|(?:[Tt]he[ ](?:film|movie)|[Ii]t)[ ]"
    rf"{_PLAN}wrap){_END}"
    rf"|^[ ]*{_SHOOT}[ ](?:began|started|kicked[ ]off|got[ ]under[ ]?way|has[ ]begun)\b"
    rf"[^.;]{{0,60}}?[ ]and[ ]{_PLAN}(?:wrap|finish|end|conclude){_END}"
)
"""The words straight before the month: "Filming is expected to wrap in", "the shoot is due to
finish at", "It should wrap", "Filming began on 2 June and is due to wrap"."""
_MAX_MONTHS_AHEAD = 6
_MONTH_LENGTH = len("yyyy-mm")
_HINT = hint("wrap", "finish", " end", "conclude")


def wrap_expected(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The hedged wrap a sentence plans for a month still to come (see above)."""
    chunk = view.chunk
    if (
        doc.date is None
        or not _HINT.search(chunk)
        or (" to " not in chunk and "should " not in chunk)
    ):
        return []
    for match in window_matches(chunk):
        told = _EXPECTED_END.search(chunk, 0, match.start())
        window = parse_window(match, doc.date) if told is not None else None
        if window is None or len(window) != _MONTH_LENGTH:
            continue
        ahead = (int(window[:4]) - doc.date.year) * 12 + int(window[5:]) - doc.date.month
        if 0 <= ahead <= _MAX_MONTHS_AHEAD:
            return [ReleaseFact(ReleaseKind.FILMING_WRAPPED, evidence, window=window, hedged=True)]
    return []
