"""A later season of the article's own show, brought in as new ("A second series of Wick Hollow is
expected to start filming in the summer") on a page whose headline and lede tell of no season:
the page is about the show that aired, so that season's shoot is another production's. Its air
time ("A second series has been commissioned, and Channel 4 says it will air in 2027") is still
told as the show's. A page about the new season says so up top ("Wick Hollow series two
is go!") and keeps them."""

from __future__ import annotations

from bot.extract.lexicon import ORDINAL_WORD
from bot.extract.text import Doc
from bot.facts import SHOOT_PLAN_KINDS, ReleaseFact
from bot.lazy_patterns import lazy_pattern

_LATER = lazy_pattern(
    rf"[ “\"‘']*(?:An?|Another)[ ](?!first\b)(?:{ORDINAL_WORD}|new|further)[ ]"
    r"(?:series|season)[ ]of[ ][A-Z]"
)
"""A season of a named show the sentence brings in as new, as its subject: "A second series
of X". A bare "A second season ..." may be the page's own news, and is left alone."""
_SEASON_TOLD = lazy_pattern(
    r"(?i:\b(?:series|seasons?|renew\w*|recommission\w*|returns?|back|sequel|part)\b)"
)
"""Words up top that make the page one about a further season."""


def later_seasons_dropped(doc: Doc, release: list[ReleaseFact]) -> list[ReleaseFact]:
    """``release`` without the shoot facts of a sentence opening on a new season
    (:data:`_LATER`), unless the headline or lede tells of a season."""
    lede = doc.text[doc.paras[0].start : doc.paras[0].end] if doc.paras else ""
    if _SEASON_TOLD.search(doc.headline) or _SEASON_TOLD.search(lede):
        return release
    return [
        fact
        for fact in release
        if fact.kind not in SHOOT_PLAN_KINDS or _LATER.match(fact.evidence) is None
    ]
