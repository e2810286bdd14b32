"""An animated work's "production" ("Production began in Bristol in January 2025 and is now
complete") on a page that glosses its own work as animated ("Moth Orchard, a 26-part
animated series"): no camera rolls, so the production's start or end is no shoot's. A sentence
that tells of filming, shooting or cameras still dates a shoot (a live-action sequence)."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.text import Doc
from bot.facts import SHOOT_PLAN_KINDS, ReleaseFact
from bot.lazy_patterns import lazy_pattern

_GLOSSED = lazy_pattern(
    r"(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,4}),[ ]an?[ ](?:[\w-]+[ ]){0,6}?"
    r"animated[ ](?:series|film|feature|short|special|movie)\b"
)
"""A name glossed as an animated work: "Moth Orchard, a 26 x 11-minute animated series"."""
_ANIMATED_KINDS = hint(
    *(f"animated {kind}" for kind in ("series", "film", "feature", "short", "special", "movie"))
)
"""What :data:`_GLOSSED` needs in the text: "animated" alone (an animated sequence, a heated,
animated debate) sends most pages to no gloss, through a scan from every capital."""
_PRODUCTION = lazy_pattern(r"\b[Pp]roduction\b")
_SHOT = lazy_pattern(r"(?i:\b(?:film(?:ing|ed|s)?|shoot\w*|shot|cameras?|photography)\b)")
"""Words of a camera shoot: with one, the sentence still dates a shoot."""


def animated_productions_dropped(
    doc: Doc, context: Context, release: list[ReleaseFact]
) -> list[ReleaseFact]:
    """``release`` without the shoot facts told only by "production", when the page glosses one
    of its own names as an animated work."""
    if not _ANIMATED_KINDS.search(doc.text) or not any(
        context.is_known(match["name"]) for match in _GLOSSED.finditer(doc.text)
    ):
        return release
    return [
        fact
        for fact in release
        if fact.kind not in SHOOT_PLAN_KINDS
        or _PRODUCTION.search(fact.evidence) is None
        or _SHOT.search(fact.evidence) is not None
    ]
