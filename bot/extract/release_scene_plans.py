"""Some scenes planned for later in a shoot already begun, not the shoot's plan.

"Filming began on 3 October in Dorset, with the harbour scenes set to shoot in Cardiff later in
the winter", "Production started in Bath on Monday, while the school sequences are due to film
in Leeds in December": the start is the production's; the later time is a part of it (a block
of scenes), so it is no planned shoot.
"""

from __future__ import annotations

from bot.extract.release_words import STARTED
from bot.lazy_patterns import lazy_pattern

_SCENES_LATER = lazy_pattern(
    r"\b(?:with|while|and)[ ](?:the[ ]|its[ ]|their[ ]|some[ ]|other[ ]|further[ ]|more[ ])?"
    r"(?:[\w’'-]+[ ]){0,3}?(?:scenes|sequences|exteriors|interiors|location[ ]work)[ ]"
    r"(?:(?:are|is|were|was|still|now|then)[ ]){0,2}(?:set|due|scheduled|slated|planned|expected)"
    r"[ ]to[ ](?:be[ ])?(?:shoot|film|shot|filmed)\b"
)
"""Scenes the sentence goes on to plan for later, after a comma's "with" or "while"."""


def scenes_later(evidence: str) -> bool:
    """The sentence starts the shoot, then plans some of its scenes for later."""
    if "scene" not in evidence and "sequence" not in evidence:
        return False
    later = _SCENES_LATER.search(evidence)
    return later is not None and STARTED.search(evidence, 0, later.start()) is not None
