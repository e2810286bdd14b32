"""A part the sentence says is missing from this production, for the casting forms.

Set reports and "everything we know" pieces write "there has been no sign of Ada Vale's Mira"
or "no mention yet of Tom Reed as Kit": whoever once played the part, the sentence says nothing
of them playing it here, so no casting is told. ("Our first glimpse of Ada Vale's Mira" shows
the part: only "no" or an absence governs it.) Nor does "the trailer listed Ada Vale as Mira,
but she does not appear in the final cut": the player is not in the film after all.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ABSENT_BEFORE = lazy_pattern(
    r"(?:\b(?:[Nn]o|[Nn]or[ ]any)[ ](?:(?:further|real|obvious)[ ])?(?:sign|trace|mention|glimpse|"
    r"sighting|hint)s?(?:[ ](?:yet|so[ ]far|as[ ]yet))?|\babsence)[ ]of[ ](?:either[ ])?$"
)
_REACH = 40


def said_absent(chunk: str, start: int) -> bool:
    """Whether the words right before a casting (at ``start`` of ``chunk``) say its part is
    missing: "no sign of", "no mention yet of", "the absence of"."""
    return start > 0 and _ABSENT_BEFORE.search(chunk, max(start - _REACH, 0), start) is not None


_CUT_AFTER = lazy_pattern(
    r"[^.;]{0,40}?,?[ ]but[ ](?:he|she|they|the[ ](?:actor|actress|character|part))[ ]"
    r"(?i:does[ ]not|doesn['’]t|do[ ]not|don['’]t|did[ ]not|didn['’]t|never)[ ](?:actually[ ])?"
    r"(?i:appears?|features?)[ ]in[ ](?:the[ ])?(?:final[ ](?:cut|edit|film)|finished[ ]film|film|"
    r"movie)\b"
    r"|[^.;:“”\"]{0,40}?,[ ](?i:not|never)[ ](?:in|for)[ ]the[ ](?:film|movie|series|show)\b"
)


def said_cut(chunk: str, end: int) -> bool:
    """Whether the words after a casting (ending at ``end``) say the player is not in the film
    after all: a thread's note that "the trailer listed Ada Vale as Mira, but she does not appear
    in the final cut" tells no part of it; nor does "Tom Reed is playing Kit in the stage
    workshop, NOT in the film" (a part elsewhere, ours denied)."""
    return _CUT_AFTER.match(chunk, end) is not None
