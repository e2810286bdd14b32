"""A lone "One" that counts a thing, for :mod:`bot.extract.speaker_antecedents`: "One motif,
which she calls ...," and "One sequence, a night scene, was shot ..." open on one thing of
several, never on an unnamed someone a later "she says" could stand for. (A person noun after
"One" is read whole: "One fan, Ada, said".)"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import SPEECH_VERBS

_THING_NOUN = lazy_pattern(rf"[ ](?!{SPEECH_VERBS}\b)[a-z]+(?<!ed),")
"""The one lowercase word after "One", then a comma: a noun ("One motif,"), not a verb the
subject does ("One said,", "One laughed,")."""


def one_thing(chunk: str, at: int, raw: str) -> bool:
    """Whether the subject ``raw`` at ``at`` in ``chunk`` is a bare "One" before a thing's
    noun and a comma: "One scene, shot at night, ..."."""
    return raw == "One" and _THING_NOUN.match(chunk, at + len(raw)) is not None
