"""A release date said to be unknown, told from a trailer's or a poster's date said to be
unknown: "the trailer is still coming in the next few weeks, no exact date" says nothing of the
film's release."""

from __future__ import annotations

import re

from bot.extract.release_words import NOT_ANNOUNCED

_PROMO = re.compile(r"\b(?:trailer|teaser|clip|poster|featurette|first[- ]look)s?\b", re.I)
"""A promotional thing that has dates of its own."""
_RELEASE_NOUN = re.compile(
    r"\b(?:release|premiere|launch|air|broadcast|transmission|streaming|debut|opening)", re.I
)
"""What makes a missing date the film's own ("no release date")."""


def unannounced(chunk: str) -> bool:
    """Whether ``chunk`` says the release date is not yet known; not when the date missing is
    that of a trailer, teaser or poster named before it, with no word of the release."""
    match = NOT_ANNOUNCED.search(chunk)
    if match is None:
        return False
    return not (_PROMO.search(chunk, 0, match.start()) and not _RELEASE_NOUN.search(chunk))
