"""A character's beginning told in a synopsis or review ("the counsellor Tamsin begins seeing
in the autumn", "Edda begins courting in the spring"): "begins" with a deed of its own after
it starts something in the story, not the film's run, so the time is no window of the release.
"Begins streaming", "begins airing" or "begins filming" keep their reading.
"""

from __future__ import annotations

from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

_BEGINS_DOING = lazy_pattern(
    r"\b(?:begins|starts)[ ](?!(?:streaming|airing|broadcasting|screening|showing|rolling|"
    r"filming|shooting|production|principal|playing|running|touring|landing|arriving|"
    r"dropping|launching|premiering|debuting|releasing)\b)[a-z]+ing\b"
)


def begins_a_deed(before: str) -> bool:
    """The last release verb in ``before`` is "begins" followed by some other doing."""
    verbs = list(RELEASE_VERB.finditer(before))
    return bool(verbs) and _BEGINS_DOING.match(before, verbs[-1].start()) is not None
