"""A time's clause whose subject stands before an aside ("Tillerby’s second series, which Ada
Vell is also scoring, is due on Prime Video in the autumn"): the clause read from the aside's
closing comma has no subject, so the subject is read back past the aside, and a named work's
season there, not ours, makes the time that work's. An aside that says someone is "also" at work on
it sets a named work's season apart from ours even when the headline names both."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import ORDINAL_WORD
from bot.lazy_patterns import lazy_pattern

_ASIDE = lazy_pattern(
    r"(?P<head>[^,;:()]+),[ ](?P<aside>(?:which|who|whom|whose)[ ][^,;:()]*),[ ]"
    r"(?P<verb>(?:is|are|was|were|will|has|have|had|arrives|lands|opens|returns)\b[^,;:()]*)$"
)
"""A subject, an aside opening on a relative pronoun, then the verb the time hangs on."""
_OWNED_SEASON = lazy_pattern(
    r"\b(?P<owner>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})[’']s[ ]"
    rf"(?:(?:{ORDINAL_WORD}|next|new|latest|final)[ ])?(?:series|season)\b"
)
"""A named work's season: "Tillerby’s second series"."""
_ALSO = lazy_pattern(r"[ ]also[ ]")


def aside_subject_elsewhere(chunk: str, start: int, context: Context) -> bool:
    """The clause of the time at ``start`` has its subject before an aside, and that subject
    is a season of a named work neither ours nor in the headline, or one the aside says
    someone is also working on, the name not ours. A bare "Series two, which ..." stays ours."""
    if ", wh" not in chunk[:start]:
        return False
    match = _ASIDE.search(chunk, 0, start)
    if match is None:
        return False
    owned = _OWNED_SEASON.search(match["head"])
    if owned is None or context.is_ours(owned["owner"]):
        return False
    return not context.is_known(owned["owner"]) or _ALSO.search(match["aside"]) is not None
