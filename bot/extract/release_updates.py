"""A date withheld, then given by a later update: "An ITV spokesperson declined to give a new
date." ... "Update, 15:45: ITV has now confirmed the series will air in early 2027." The update
paragraph speaks last and settles the question, so the earlier "no date yet" is held back, and
so is an earlier reported or expected (hedged) time the confirmed one differs from; the time the
update gives stands. An update set on top of the original story settles it too.
"""

from __future__ import annotations

from bot.extract.season_windows import day_within
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

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
    plain (unhedged) release date or window it says was confirmed; and so a served hoped-for
    (hedged) date or window of the same kind before it that the update does not bear out."""
    unsure = [
        f
        for f in facts
        if f.served and (f.kind is ReleaseKind.NOT_ANNOUNCED or (f.kind in _GIVEN and f.hedged))
    ]
    if not unsure:
        return facts
    given = [
        (at, f)
        for f in facts
        if f.kind in _GIVEN and f.served and not f.hedged and _CONFIRMED.search(f.evidence)
        for at in [_update_at(doc, f.evidence)]
        if at >= 0
    ]
    if not given:
        return facts
    last = max(at for at, _ in given)
    return [
        held(f, "a later update gives the date")
        if f in unsure and _earlier(doc, f.evidence, last) and _overruled(f, given)
        else f
        for f in facts
    ]


def _earlier(doc: Doc, evidence: str, last: int) -> bool:
    """Told before the update: above it, or anywhere outside an update paragraph when the update
    stands on top ("UPDATE: ... Our original story follows below.")."""
    at = doc.text.find(evidence)
    return at >= 0 and (at < last or _update_at(doc, evidence) < 0)


def _overruled(fact: ReleaseFact, given: list[tuple[int, ReleaseFact]]) -> bool:
    """A "no date yet" is overruled by any confirmed time; a hoped-for time only by a confirmed
    one of its kind that differs ("expected on 24 April" then "confirmed for 17 April"), or by a
    confirmed day outside the hoped-for window ("could land in summer" then "17 April")."""
    if fact.kind is ReleaseKind.NOT_ANNOUNCED:
        return True
    return any(
        (f.kind is fact.kind and (f.date, f.window) != (fact.date, fact.window))
        or (fact.window is not None and f.date is not None and not day_within(f.date, fact.window))
        for _, f in given
    )


def _update_at(doc: Doc, evidence: str) -> int:
    """Where ``evidence`` stands when its paragraph opens with an update's label, else -1."""
    at = doc.text.find(evidence)
    if at < 0:
        return -1
    para = doc.paras[doc.sentence_at(at).para]
    if _UPDATE_OPENING.match(doc.text, para.start) is None:
        return -1
    return at
