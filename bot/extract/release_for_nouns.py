"""A time that a release noun after "for" owns, even in a sentence about the shoot.

"Filming is scheduled to begin in August, for transmission in 2026" or "Cameras roll in May for
release on Netflix next year": the shoot's plan governs the sentence, but the second time is the
one the release is meant for, a release window, not a later leg of the shoot. Only a plain
release noun counts ("for release", "for a broadcast on BBC One"); a festival's premiere or
screening is an event with its own rules.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_FOR_RELEASE = lazy_pattern(
    r"\bfor[ ](?:(?:a|an|its|their)[ ])?"
    r"(?:(?:cinema|theatrical|streaming|tv|television|uk|us|global|worldwide|wide)[ ])?"
    r"(?:release|transmission|broadcast|launch|airing)"
    r"(?:[ ](?:on|via)(?:[ ][^\s,;.]+){1,3}?)?[ ]*$"
)


def for_release(before: str) -> bool:
    """Whether the words before a time end on a release it is meant for ("for transmission")."""
    return _FOR_RELEASE.search(before) is not None
