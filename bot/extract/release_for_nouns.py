"""A time that a release noun after "for" owns, even in a sentence about the shoot.

"Filming is scheduled to begin in August, for transmission in 2026" or "Cameras roll in May for
release on Netflix next year": the shoot's plan governs the sentence, but the second time is the
one the release is meant for, a release window, not a later leg of the shoot. Only a plain
release noun counts ("for release", "for a broadcast on BBC One"); a festival's premiere or
screening is an event with its own rules. A season guessed after that time ("for transmission in
2027, probably spring") is the release's too: the shoot told before it has been left behind.
"""

from __future__ import annotations

from bot.extract.release_words import FILMING_NOUN
from bot.lazy_patterns import lazy_pattern

_FOR_NOUN = (
    r"\bfor[ ](?:(?:a|an|its|their)[ ])?"
    r"(?:(?:cinema|theatrical|streaming|tv|television|uk|us|global|worldwide|wide)[ ])?"
    r"(?:release|transmission|broadcast|launch|airing)\b"
)
_FOR_RELEASE = lazy_pattern(_FOR_NOUN + r"(?:[ ](?:on|via)(?:[ ][^\s,;.]+){1,3}?)?[ ]*$")
_FOR_RELEASE_ANYWHERE = lazy_pattern(_FOR_NOUN)


def for_release(before: str) -> bool:
    """Whether the words before a time end on a release it is meant for ("for transmission")."""
    return _FOR_RELEASE.search(before) is not None


def shoot_left_behind(said: str, end: int) -> bool:
    """Whether a release noun after "for" comes after the last word for the shoot before
    ``end``: what follows it is the release's time, not the shoot's."""
    nouns = [m.start() for m in _FOR_RELEASE_ANYWHERE.finditer(said, 0, end)]
    shoots = [m.start() for m in FILMING_NOUN.finditer(said, 0, end)]
    return bool(nouns) and (not shoots or nouns[-1] > shoots[-1])
