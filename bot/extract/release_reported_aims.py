"""A platform's aim for the release, reported with the bare month it is aimed at: "trade
reports suggest the streamer is eyeing October", "Netflix is targeting an April release",
"the broadcaster is aiming for early May". The aim is a plan, not a date, so the month is
served as a hedged window; with no year of its own it is the next such month from the
article's date. Not an aim told in the past ("was eyeing a February slot, but that plan ..."),
not a shoot's start aimed at ("eyeing a May start in Norway"), which is no release.
"""

from __future__ import annotations

import re

from bot.extract.cues import hint
from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind

_CUE = hint("eyeing", "eyes ", "targeting", "targets ", "aiming for", "aims for")
_AIMED = re.compile(
    r"(?P<tense>\b(?:is|are|[’']s|was|were|had[ ]been|has[ ]been)[ ](?:\w+ly[ ])?)?"
    r"\b(?:eyeing|eyes|targeting|targets|aiming[ ]for|aims[ ]for)[ ](?:an?[ ])?"
    rf"(?:(?:early|mid|late)[- ])?(?P<month>{MONTH_PATTERN})(?:[ ](?P<year>20\d\d))?"
    r"(?![ ]?\d)(?P<noun>[ ](?:start|shoot|filming|production|wrap)\b)?"
)
_PAST = frozenset({"was", "were", "had been", "has been"})


def aimed_month(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The hedged window of a release month the sentence says the platform is aiming at."""
    ref = doc.date
    if ref is None or not _CUE.search(view.lower):
        return []
    for match in _AIMED.finditer(view.chunk):
        tense = " ".join((match["tense"] or "").split()[:2]).lower()
        if match["noun"] or tense in _PAST or tense.startswith(("was ", "were ")):
            continue
        month = month_number(match["month"])
        year = int(match["year"]) if match["year"] else ref.year + (month < ref.month)
        return [ReleaseFact(ReleaseKind.WINDOW, evidence, window=f"{year}-{month:02d}",
                            hedged=True)]  # fmt: skip
    return []
