"""A platform's aim for the release, reported with the bare month it is aimed at: "word is the
platform is eyeing June", "Netflix is targeting an April release", "the broadcaster is aiming
for early May". The aim is a plan, not a date, so the month is served as a hedged window; with
no year of its own it is the next such month from the article's date. Not an aim told in the
past ("was eyeing a February slot, but that plan ..."), not a rival's aim ("while the rival show
is eyeing October"), and not an aim at something other than the release: a shoot's start
("eyeing a May start in Norway", "eyeing October for the start of filming"), a trailer ("eyeing
May for the trailer drop"), a stage of the making ("eyeing March to begin post-production").
"""

from __future__ import annotations

from bot.extract.cues import hint
from bot.extract.dates import month_number
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.release_words import AIM, AIM_WORDS
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_CUE = hint(*AIM_WORDS)
_AIMED = lazy_pattern(
    r"(?P<tense>\b(?:is|are|[’']s|was|were|had[ ]been|has[ ]been)[ ](?:\w+ly[ ])?)?"
    rf"{AIM}[ ](?:an?[ ])?"
    rf"(?:(?:early|mid|late)[- ])?(?P<month>{MONTH_PATTERN})(?:[ ](?P<year>20\d\d))?"
    r"(?![ ]?\d)(?P<noun>[ ](?:start|shoot|filming|production|wrap)\b)?"
)
_PAST = frozenset({"was", "were", "had been", "has been"})
FOR_OTHER = lazy_pattern(
    r"[ ](?:for[ ](?:the|its|their|a|an)[ ](?!(?:\S+[ ]){0,3}?(?:release|premiere|launch|debut|"
    r"arrival|return|bow|streaming)\b)|to[ ](?!(?:release|launch|premiere|debut|drop|stream|air|"
    r"arrive|return)\b)[a-z]+)"
)
"""An aim at something other than the release, told after the month: "for the trailer drop",
"for the start of filming", "to begin post-production" (not "for its release", "to premiere")."""
_CLAUSE = lazy_pattern(r"[,;:]|[ ](?:while|whereas)[ ]")
_OTHER_SUBJECT = lazy_pattern(
    r"\b(?:rival|rivals|other|another|competing|competitor|competitors)\b"
)
"""A clause whose subject is another work's: "..., while the rival show is eyeing October"."""


def aimed_month(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The hedged window of a release month the sentence says the platform is aiming at."""
    ref = doc.date
    if ref is None or not _CUE.search(view.lower):
        return []
    for match in _AIMED.finditer(view.chunk):
        tense = " ".join((match["tense"] or "").split()[:2]).lower()
        if match["noun"] or tense in _PAST or tense.startswith(("was ", "were ")):
            continue
        if FOR_OTHER.match(view.chunk, match.end()) or _rivals(view.chunk[: match.start()]):
            continue
        month = month_number(match["month"])
        year = int(match["year"]) if match["year"] else ref.year + (month < ref.month)
        return [ReleaseFact(ReleaseKind.WINDOW, evidence, window=f"{year}-{month:02d}",
                            hedged=True)]  # fmt: skip
    return []


def _rivals(before: str) -> bool:
    """Whether the clause the aim is told in has another work for its subject."""
    subject = _CLAUSE.split(before)[-1]
    return _OTHER_SUBJECT.search(subject.lower()) is not None
