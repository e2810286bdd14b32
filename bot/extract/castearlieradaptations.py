"""Castings in an earlier adaptation of the source, for :mod:`bot.extract.cast`.

A gallery caption or a set report recalls that the book was filmed or staged before: "Orr's
novel was previously adapted for radio in 2004, with Ada Vell as Nell", "the play was first
filmed in 1988, starring Tom Reed as Kit" (invented examples). The castings after that clause are
the earlier version's, not the article's production's. So are those of a sentence set in the
original staging: "In the original stage production, Nell was played by Ada Vell". So are those
a past version is said to have had: "the stage version at the Lyric in 2019 had Ada Vell as Nell",
and those of a school's or amateur staging: "a school production, with Ada Vell as Nell".
"""

from __future__ import annotations

from bot.extract.cues import hint
from bot.lazy_patterns import lazy_pattern

_EARLIER_VERSION = lazy_pattern(
    r"\b(?:was|were|had[ ]been|has[ ]been)[ ](?:previously|earlier|first|once|already|also)[ ]"
    r"(?:adapted|filmed|staged|dramatised|dramatized|made[ ]into|turned[ ]into)\b"
    r"|\b(?:began|started)[ ](?:its[ ]|their[ ])?life[ ]as[ ](?:a|an)[ ](?:[a-z-]+[ ]){0,2}?"
    r"(?:play|musical|show|drama|production|short|podcast)\b(?=[^.;:]{0,60}?"
    r"\b(?:in[ ](?:19|20)\d{2}|when)\b)"
)
"""The source said to have been adapted before: "was previously adapted", "had been first
filmed", "began life as a stage play at the Lyric in 2019, when ..."."""

_ORIGINAL_OPENING = lazy_pattern(
    r"^In[ ](?:(?:the|its|her|his|their)[ ]original[ ](?:(?:19|20)\d{2}[ ])?(?:staging\b|"
    r"(?:stage|theatre|West[ ]End|Broadway|radio|touring)[ ]"
    r"(?:production|staging|run|version|play|cast|company)\b)"
    r"|the[ ](?:play|musical|opera)[’']s[ ]original[ ](?:(?:19|20)\d{2}[ ])?"
    r"(?:(?:stage|theatre)[ ])?(?:production|staging|run|cast|company)\b)"
)
"""A sentence set in the original staging of the source: "In the original stage production,
...", "In the original 1990 stage production", "In the play's original production" (its parts
were played then, not in this production); not "In the original version" (a dub's article: the
original is this production), nor "In the show's original run" (this series' own)."""

_PAST_VERSION = lazy_pattern(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]hat)[ ](?:(?:earlier|original|first|(?:19|20)\d{2})[ ])?"
    r"(?:stage|radio|theatre|musical|audio|film|animated|TV|television)[ ]"
    r"(?:version|adaptation|production|staging)\b[^.;:“”\"]{0,60}?[ ]"
    r"(?<!has[ ])(?<!have[ ])(?:had|starred|featured)[ ](?=[A-Z])"
)
"""Another version said to have had its cast, in the past: "The stage version at the Lyric in
2019 had Ada Vell as Nell" (a version of ours still to come says "will have"). Only a name
straight after the verb is its cast: "the film adaptation had its first read-through, with X as
Y" and "has had a new writer" tell of ours."""

_AMATEUR_VERSION = lazy_pattern(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]hat|[Oo]ne)[ ](?:[\w’'-]+[ ]){0,2}?(?:school|student|amateur|"
    r"am-dram|community|fan|fan-made|youth|college|university|sixth-form|drama[ ]club)[ ]"
    r"(?:(?:stage|theatre|theater)[ ])?(?:production|staging|play|version|adaptation|"
    r"performance)\b(?=[^.;:“”\"]{0,80}?(?:,[ ])?\b(?:with|starring|featuring)[ ])"
)
"""A school's or amateur company's staging of the story, then its cast: "a school production
in Leeds last year, with Ada Vell as Nell" (no professional production is ours). Never a kind
of work ("a high school musical", "a college show"): that is how a new production is told."""

_EARLIER_WORDS = hint("adapted", "filmed", "staged", "dramati", " into", " life as ")
"""Words one of which :data:`_EARLIER_VERSION` needs: a sentence without any is not searched."""
_PAST_WORDS = hint(" had ", " starred ", " featured ")
"""The verbs :data:`_PAST_VERSION` needs, one of which a sentence must hold to be searched."""

_RELATIVE_BEFORE = lazy_pattern(r",[ ](?:which|that)[ ]$")
"""A relative clause opening just before: ", which was first staged in 1990, now comes to the
screen with X as Y" (the main clause after its closing comma is the new production's)."""


def earlier_version_span(chunk: str) -> tuple[int, int]:
    """Where the sentence's earlier-version clause starts and ends (castings inside it are that
    version's): to the sentence's end, or to the comma closing it when it is a relative clause;
    ``(-1, -1)`` where it tells of none."""
    if chunk.startswith("In ") and _ORIGINAL_OPENING.match(chunk) is not None:
        return 0, len(chunk)
    found = (
        (_EARLIER_VERSION.search(chunk) if _EARLIER_WORDS.search(chunk) else None)
        or (_PAST_VERSION.search(chunk) if _PAST_WORDS.search(chunk) else None)
        or _AMATEUR_VERSION.search(chunk)
    )
    if found is None:
        return -1, -1
    if _RELATIVE_BEFORE.search(chunk, max(0, found.start() - 8), found.start()):
        close = chunk.find(", ", found.end())
        if close >= 0:
            return found.start(), close
    return found.start(), len(chunk)
