"""A shoot's start told only as a possibility, for :mod:`bot.extract.release_dates`.

"Cameras could start rolling in mid-May"; "filming might begin on 3 June, a crew call sheet
suggests": a modal of possibility before the start verb tells no start that happened, only a
start that may come. The date is a planned shoot, hedged, never a past start; with "finally"
or "at last" the words may look back on a start that came, so the date is held. "Filming started
in May and could wrap in July" keeps its start: the modal there governs another verb.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.dates import parse_date, parse_window
from bot.extract.release_parts import words_before
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_MODAL_START = lazy_pattern(
    r"\b(?:could|might|may|should)[ ](?:well[ ]|yet[ ]|still[ ]|now[ ]|(?P<at_last>finally[ ]|"
    r"at[ ]last[ ]))?"
    r"(?:start|begin|commence|roll|kick[ ]off|get|be(?=[ ](?:rolling|shooting|filming)\b))\b"
    r"(?:[ ](?:rolling|shooting|filming|under[ ]?way))?[^.;,]{0,40}$"
)
"""The modal and start verb close before the date, no clause break between them; a shoot told
as going by then ("cameras should be rolling this summer") is a start to come too."""
_SHOOT_MODAL = lazy_pattern(
    r"\b(?:[Cc]ameras|[Ff]ilming|[Ss]hooting|[Pp]rincipal[ ]photography|[Tt]he[ ]shoot)[ ]"
    r"(?:could|might|may)[ ](?:well[ ]|yet[ ]|still[ ])?(?:start|begin|commence|roll|kick[ ]off)\b"
    r"(?:[ ](?:rolling|shooting|filming))?[^.;,]{0,40}$"
)
"""The shoot itself the subject of the modal start ("cameras could roll in Leeds this summer"):
the time is the shoot's, whatever release verb an earlier clause holds ("has not said when it
will be released, and cameras could roll ...")."""
_MODAL_KINDS = frozenset({ReleaseKind.WINDOW, ReleaseKind.FILMING_STARTED})
"""The kinds a modal start may recast: a shoot's window, a start; no other needs the words."""
_AT_LAST_DOUBT = "a start that could come at last, or came"
"""Why "could finally start rolling on 3 June" is held: a possibility to come or a start the
writer looks back on ("After the strike, cameras could finally start rolling on 3 June"), and
the sentence may not say which."""


def modal_start(
    fact: ReleaseFact | None, chunk: str, match: re.Match[str], ref: dt.date | None
) -> ReleaseFact | None:
    """A start fact whose verb is a possibility ("could start rolling in mid-May") becomes
    a hedged planned shoot; a month then is the next one, not the last one begun."""
    if fact is None or fact.kind not in _MODAL_KINDS:
        return fact
    before = words_before(chunk, match.start())
    if fact.kind is ReleaseKind.WINDOW and fact.window and _SHOOT_MODAL.search(before):
        planned = parse_window(match, ref) or fact.window
        return replace(fact, kind=ReleaseKind.FILMING_PLANNED, window=planned, hedged=True)
    if fact.kind is not ReleaseKind.FILMING_STARTED:
        return fact
    modal = _MODAL_START.search(before)
    if modal is None:
        return fact
    if modal["at_last"]:
        return held(fact, _AT_LAST_DOUBT)
    if fact.date is not None:  # the next such day: "could start rolling on 3 June"
        named = "d1" in match.re.groupindex  # a written date; another form keeps its day
        day = (parse_date(match, ref, past=False) if named else None) or fact.date
        return replace(fact, kind=ReleaseKind.FILMING_PLANNED, date=day, hedged=True)
    window = fact.window and (parse_window(match, ref) or fact.window)
    return replace(fact, kind=ReleaseKind.FILMING_PLANNED, window=window, hedged=True)
