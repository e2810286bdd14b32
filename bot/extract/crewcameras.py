"""A cinematographer named by their camera's work, for :mod:`bot.extract.crewlisted`: "X’s camera
finds poetry in rail platforms", "Y's camera lingers on the corridors", "Z's camera lets scenes
breathe", "W's camera, by contrast, finds ..." (a review's idiom; a short aside may follow). The
name must be given in full and the camera must do a camera's work (a verb of looking or moving
after it): "Mia's camera" in a plot is a character's belongings. A director's camera is the
director's eye, not a second credit (:func:`bot.extract.crewlisted.director_shots_dropped`)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.names import FULL_NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_CAMERA_OF = lazy_pattern(
    rf"(?P<name>{FULL_NAME})[’']s[ ]camera(?:,[ ](?:by[ ]contrast|as[ ]ever|as[ ]always|meanwhile|"
    r"too|though),)?[ ](?:(?:often|always|never|rarely|constantly|"
    r"patiently|gently|quietly|also|simply)[ ])?(?:finds|lingers|captures|roams|glides|prowls|"
    r"drifts|floats|hovers|frames|follows|catches|loves|drinks|sweeps|circles|studies|watches|"
    r"soaks|stays|moves|makes|turns|treats|lets[ ](?:[a-z]+[ ]){1,2}?(?:breathe|linger|settle|"
    r"unfold))\b"
)


def camera_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The full name whose camera does a camera's work in the sentence."""
    if "s camera" not in chunk:
        return
    yield from ((m["name"], CrewRole.CINEMATOGRAPHER) for m in _CAMERA_OF.finditer(chunk))
