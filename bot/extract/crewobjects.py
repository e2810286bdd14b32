"""A verb given to someone else, for :mod:`bot.extract.crewleavers`.

A maker who asks, wants or hires another to do a job hands the verb to that other person:
"A, who wrote the screenplay, asked him to direct", "B wanted her to direct the film", "C
persuaded them to produce the series" (invented examples). The object pronoun just before
"to" is whoever does the job, so the name before the asking verb takes no credit from it.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_OBJECT_TO = lazy_pattern(r"[ ](?:him|her|them|me|us|you)[ ](?:also[ ])?to[ ]$")
"""An object pronoun and "to" just before the verb: "asked him to ", "wanted her to "."""


def given_to_another(chunk: str, end: int, verb: int) -> bool:
    """Whether the words from ``end`` (after the names) to ``verb`` hand the verb to an object
    pronoun ("..., asked him to direct"): the verb is not the names' own."""
    return _OBJECT_TO.search(chunk, end, verb) is not None
