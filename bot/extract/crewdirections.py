"""Directing told as work done under someone's direction, for :mod:`bot.extract.crewlisted`:
"Here, under Ada Vale's direction, the scenes breathe", "shot in Kent under the direction of
Tom Reyes" (invented examples). A sentence that quotes a title before the phrase is about that
work ("She spent a year in “Glasshouse” under X's direction"), so it credits nothing here."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_KIND = r"(?!(?:art|artistic|musical|music|creative|stage|fight|movement)[ ])"
"""Kinds of direction that are not the director's: "under the musical direction of X"."""
_UNDER = lazy_pattern(
    rf"\b[Uu]nder[ ](?:the[ ](?:{_KIND}[a-z]+[ ])?direction[ ]of[ ](?P<name>{NAME})(?![’'-])"
    rf"|(?P<owner>{NAME})[’']s[ ](?:{_KIND}[a-z]+[ ])?direction\b)"
    rf"|(?:^|[,;][ ]|\b(?:and|but)[ ])(?P<subject>{NAME})[’']s[ ](?:{_KIND}[a-z]+[ ])?direction"
    r"[ ](?:gives|lends|keeps|makes|brings|(?:is|was)\b(?![ ](?:[a-z]+ly[ ])?(?:an?|the|one)\b))\b"
)
"""As a clause's subject, the direction must act on the work or be judged ("X’s direction gives
the streets a glow", "is unbearably tense"); one that "is a clear forebear" or "is the
model" is another film's, compared with ours."""
_QUOTED = lazy_pattern(r"[“\"‘][A-Z]")


def direction_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The director of each "under X's direction" or "under the direction of X"."""
    if "direction" not in chunk:
        return
    for match in _UNDER.finditer(chunk):
        if _QUOTED.search(chunk, 0, match.start()) is None:
            yield match["name"] or match["owner"] or match["subject"], CrewRole.DIRECTOR
