"""A shoot someone wrapped that is not the article's: "Vale wrapped the Copper Bay film on 5
September and starts on Tarn Lane next week" dates the actor's last job, not our shoot."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.release_words import WE_WRAPPED

_CAPITALISED = lazy_pattern(r"\b[A-Z][\w’'-]+")


def wrapped_other(before: str, chunk: str, context: Context) -> bool:
    """Someone wrapped a titled work that is not ours ("Vale wrapped the Copper Bay film on"), or
    that the sentence then leaves for a work the headline names ("... and starts on Tarn Lane next
    week"): the person's last job, not the article's shoot."""
    wrapped = WE_WRAPPED.search(before.rstrip()) if " wrapped " in before else None
    if wrapped is None or not wrapped["wrapped"]:
        return False
    title = wrapped["wrapped"].split()
    if not context.is_ours(" ".join(title)):
        return True
    rest = chunk[chunk.find(wrapped["wrapped"]) + len(wrapped["wrapped"]) :]
    return any(w in context.headline and w not in title for w in _CAPITALISED.findall(rest))
