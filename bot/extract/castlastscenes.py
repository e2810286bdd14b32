"""A part told by its actor's own scenes in it, for :mod:`bot.extract.cast`: interviews write
"Ada Vale has said filming her final scene as Mira Holt left her in tears" or "Tom Reed ...
opened up about his last day as Gus Marr".

The pronoun's person is the last full name before it, only where that name is a subject (a
lowercase word follows it); "Ada Vale said Tom Reed cried in his last scene as Gus" gives Gus
to Tom Reed, the nearer name. "Lumen UK posted a clip of her last scene as Mira" is someone
else's post: no company, and no "of" before the pronoun. Only "final", "last" or "first"
scenes, days, takes or shots.
"""

from __future__ import annotations

from bot.extract.castforms import CHAR, Casting
from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_NAME
from bot.lazy_patterns import lazy_pattern

_OWN_SCENE = lazy_pattern(
    r"\b(?:his|her|their)[ ](?:very[ ])?(?:final|last|first)[ ]"
    rf"(?:scenes?|days?|takes?|shots?)[ ]as[ ](?P<char>{CHAR})(?![\w’'-])"
)
_SUBJECT = lazy_pattern(rf"(?P<actor>{FULL_NAME})(?=[ ][a-z])")
_ACRONYM = lazy_pattern(r"\b[A-Z]{2,}\b")
"""A company's name ("Lumen UK", "BBC Films"): whoever posts a clip of her scene is no actor."""


def own_scene_castings(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each "her final scene as Part" given to the subject named last before it."""
    if " as " not in chunk or (" final " not in chunk and " last " not in chunk
                                and " first " not in chunk):  # fmt: skip
        return []
    found: list[Casting] = []
    for match in _OWN_SCENE.finditer(chunk):
        if any(t in STOP_TOKENS for t in match["char"].split()):
            continue
        if chunk.endswith(" of ", 0, match.start()):
            continue  # "a clip of her final scene as Mira": someone else shows it
        names = list(_SUBJECT.finditer(chunk, 0, match.start()))
        if not names:
            continue
        subject = names[-1]
        if _ACRONYM.search(subject["actor"]):
            continue
        found.append(Casting(subject["actor"], match["char"], evidence, offset + subject.start(),
                             end=offset + match.end()))  # fmt: skip
    return found
