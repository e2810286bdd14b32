"""A date withheld, then given by a later update: "An ITV spokesperson declined to give a new
date." ... "Update, 15:45: ITV has now confirmed the series will air in early 2027." The update
paragraph speaks last and settles the question, so the earlier "no date yet" is held back; the
time the update gives stands.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind, held

_UPDATE_OPENING = lazy_pattern(
    r"[ *]*U(?:pdate|PDATE)(?:d|D)?\b(?:[ ]?[(,]?[ ]?[\w:. ]{0,24}?[)]?)?[:–—-][ ]"
)
"""An update paragraph's label, capitalised or in capitals: "Update:", "Update, 15:45:", "UPDATED
(3pm) –", "Updated 16.10:"."""
_GIVEN = frozenset({ReleaseKind.WINDOW, ReleaseKind.PREMIERE_DATE})
_CONFIRMED = lazy_pattern(r"\bconfirm(?:s|ed)\b")
"""The update confirms the time ("has now confirmed it will air in early 2027"); one only
"slated" leaves the date still unannounced beside it."""


def updates_given(doc: Doc, facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """``facts`` with a served "no date yet" held when an update paragraph after it serves a
    plain (unhedged) release date or window it says was confirmed."""
    unknown = [f for f in facts if f.kind is ReleaseKind.NOT_ANNOUNCED and f.served]
    if not unknown:
        return facts
    given = [
        at
        for f in facts
        if f.kind in _GIVEN and f.served and not f.hedged and _CONFIRMED.search(f.evidence)
        for at in [_update_at(doc, f.evidence)]
        if at >= 0
    ]
    if not given:
        return facts
    return [
        held(f, "a later update gives the date")
        if f in unknown and 0 <= doc.text.find(f.evidence) < max(given)
        else f
        for f in facts
    ]


def _update_at(doc: Doc, evidence: str) -> int:
    """Where ``evidence`` stands when its paragraph opens with an update's label, else -1."""
    at = doc.text.find(evidence)
    if at < 0:
        return -1
    para = doc.paras[doc.sentence_at(at).para]
    if _UPDATE_OPENING.match(doc.text, para.start) is None:
        return -1
    return at
