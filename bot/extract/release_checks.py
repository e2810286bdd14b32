"""Last checks on an article's release facts, once every sentence is read.

* A sentence about another project of someone's ("Her next project, an adaptation of her novel,
  starts shooting in May"; "A stage adaptation of the books opens in March") states nothing
  about this production: its facts are dropped.
* A shoot said to start on a day (or in a month) after the article's ("Principal photography
  begins on 6 April", "starts filming in May") is planned, not under way.
* A planned shoot's month ("begins filming next month") beside the planned day in that month
  says nothing more: the day is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from bot.extract.context import Context
from bot.facts import ReleaseFact, ReleaseKind

_OTHER_PROJECT = re.compile(
    r"[ “\"‘']*(?:(?P<owner>(?:[A-Z][\w’'-]*[ ]){0,2}[A-Z][\w’'-]*)[’']s|His|Her|Their)[ ]"
    r"(?:(?:next|other|latest|forthcoming|upcoming)[ ]){1,2}(?:[a-z]+[ ])?"
    r"(?:project|film|feature|movie|series|show|drama|venture|job|production)\b"
    r"|[ “\"‘']*(?:A|An|The)[ ](?:new[ ]|separate[ ]|planned[ ])?(?:stage|theatre|theater|"
    r"musical|radio|audio|podcast|video[ ]game|West[ ]End|Broadway|anime|manga)[ ]"
    r"(?:adaptation|version|production|show|play|musical|drama|series)\b"
)
"""A sentence whose subject is another project: someone's next one (not our work's next
series), or a stage version."""


def settled(facts: list[ReleaseFact], date: dt.date | None, context: Context) -> list[ReleaseFact]:
    """The facts without another project's, with a future start planned and a planned month
    dropped where a day in it is planned too."""
    kept: list[ReleaseFact] = []
    for fact in facts:
        other = _OTHER_PROJECT.match(fact.evidence)
        if other is not None and not (other["owner"] and context.is_known(other["owner"])):
            continue  # "Lanterns' next series films in May" is still ours
        ahead = date is not None and _after(fact, date)
        if fact.kind is ReleaseKind.FILMING_STARTED and ahead:
            kept.append(replace(fact, kind=ReleaseKind.FILMING_PLANNED))
        else:
            kept.append(fact)
    days = {
        f.date.strftime("%Y-%m")
        for f in kept
        if f.kind is ReleaseKind.FILMING_PLANNED and f.date is not None
    }
    return [
        f
        for f in kept
        if not (f.kind is ReleaseKind.FILMING_PLANNED and f.date is None and f.window in days)
    ]


def _after(fact: ReleaseFact, date: dt.date) -> bool:
    """The fact's day, or its window's first month or year, comes after the article's."""
    if fact.date is not None:
        return fact.date > date
    first = (fact.window or "").split("/", 1)[0]
    if len(first) == 4:
        return first > f"{date.year:04d}"
    return bool(first) and first > f"{date.year:04d}-{date.month:02d}"
