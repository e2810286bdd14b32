"""A time's clause whose subject stands before an aside ("Tillerby’s second series, which Ada
Vell is also scoring, is due on Prime Video in the autumn"): the clause read from the aside's
closing comma has no subject, so the subject is read back past the aside, and a season of
another work there makes the time that work's."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.release_parts import not_the_film

_ASIDE = lazy_pattern(
    r"(?P<head>[^,;:()]+),[ ](?:which|who|whom|whose)[ ][^,;:()]*,[ ]"
    r"(?P<verb>(?:is|are|was|were|will|has|have|had|arrives|lands|opens|returns)\b[^,;:()]*)$"
)
"""A subject, an aside opening on a relative pronoun, then the verb the time hangs on."""


def aside_subject_elsewhere(chunk: str, start: int, context: Context) -> bool:
    """The clause of the time at ``start`` has its subject before an aside, and that subject
    is not this production (:func:`~bot.extract.release_parts.not_the_film`)."""
    if ", wh" not in chunk[:start]:
        return False
    match = _ASIDE.search(chunk, 0, start)
    return match is not None and not_the_film(f"{match['head']} {match['verb']}", context)
