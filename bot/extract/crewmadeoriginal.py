"""A crew name told in a relative clause as the maker of the original, for
:mod:`bot.extract.crewqualified`.

A sequel's or a remake's story names who made the first work: "Director A, who made the
original, is busy elsewhere", "writer B, who directed the original film, now produces" (invented).
The role noun before the name is that work's post, not the new one's; whatever the person does
on the new work is told by its own words.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_MADE_ORIGINAL = lazy_pattern(
    r",[ ]who[ ](?:had[ ])?(?:made|directed|wrote|created|shot|scored|produced)[ ]the[ ]"
    r"(?:original(?:[ ](?:film|movie|series|show|one))?|first[ ](?:film|movie|feature|instalment"
    r"|installment))(?:[ ]in[ ]\d{4})?,"
)
"""The clause right after the name: ", who made the original," or ", who directed the first
film in 2019,". Not "who made the first series" (a series' first run's maker often returns)
nor a bare "the first" (of a film or of a run, the words do not tell)."""


def made_the_original(chunk: str, name_end: int) -> bool:
    """Whether the name ending at ``name_end`` is told the maker of the original work."""
    return _MADE_ORIGINAL.match(chunk, name_end) is not None
