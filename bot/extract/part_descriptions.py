"""A part's apposed description is no unnamed source: "in which she played Ada Morrow, a Welsh
nurse who runs a clinic" describes the part Ada Morrow, so a later "she says" is not "a Welsh
nurse who runs a" but the profile's subject ("He plays Bram Hollis, a farmer who sells the
land" names no farmer who speaks; "cast as Mina Quell, an archivist who ..." neither)."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PART_BEFORE = lazy_pattern(
    r"\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|as|role[ ]of)[ ]"
    r"(?:[A-Z][\w’'.-]*[ ]){0,3}[A-Z][\w’'-]*,[ ]$"
)
"""A part named after its verb ("played Ada Morrow, ") right before the description."""
_PRONOUN_PLAYER = lazy_pattern(r"\b(?:he|she|they)[ ]$")
"""A player told by a pronoun ("he plays Jonah, the student who ..."): whom that pronoun stands
for is found further back, so the "the" description is left as it was."""
_ARTICLES = frozenset({"a", "an"})
_RELATIVE = lazy_pattern(r"[ ](?:who|whose|that)[ ]")
"""A "the" description with its own relative clause ("plays Ivo Marsh, the music student who
becomes ..."): the part described, where a bare "the director" may be a new clause's subject."""


def describes_part(chunk: str, at: int, raw: str) -> bool:
    """Whether the subject ``raw`` at ``at`` of ``chunk`` is a part's apposed description."""
    first = raw.split(maxsplit=1)[0].lower() if raw else ""
    described = first in _ARTICLES or (first == "the" and _RELATIVE.search(raw) is not None)
    part = _PART_BEFORE.search(chunk, max(0, at - 80), at)
    if part is None or not described:
        return False
    return first != "the" or _PRONOUN_PLAYER.search(chunk, 0, part.start()) is None
