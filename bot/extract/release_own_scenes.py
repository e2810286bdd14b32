"""One actor's part of the shoot, for :mod:`bot.extract.release_dates`.

"began shooting her scenes on Monday", "finished filming their scenes in May": the actor's own
days on set start or end, not the production's shoot, so the date tells neither the shoot's
start nor its wrap ("..., shortly before the shoot wrapped in June": that later date is)."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_OWN_SCENES = lazy_pattern(
    r"\b(?:shoot|shooting|film|filming)[ ](?:his|her|their)[ ](?:own[ ]|first[ ]|final[ ])?"
    r"(?:scenes?|part|role)\b"
)


def own_scenes(before: str) -> bool:
    """The words before the date tell one actor's (or a few actors') scenes being shot."""
    return _OWN_SCENES.search(before) is not None
