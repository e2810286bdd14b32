"""Directing told as work done under someone's direction, for :mod:`bot.extract.crewlisted`:
"Here, under Ada Vale's direction, the scenes breathe", "shot in Kent under the direction of
Tom Reyes" (invented examples). A sentence that quotes a title before the phrase is about that
work ("She spent a year in “Glasshouse” under X's direction"), and so is a "whose" clause naming
a title ("whose Glasshouse songs were sung under X's direction"), so it credits nothing here."""

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
_WHOSE_TITLE = lazy_pattern(r"\bwhose[ ](?:[a-z]+[ ]){0,2}[A-Z][^,;:.]*$")
"""A relative clause on someone's own work, named by its title before the phrase: "the
composer, whose Lowmere music was recorded under X's direction" (X directed Lowmere)."""


def direction_credits(chunk: str) -> Iterator[tuple[str, CrewRole | None]]:
    """The director of each "under X's direction" or "under the direction of X"."""
    if "direction" not in chunk:
        return
    for match in _UNDER.finditer(chunk):
        before = chunk[: match.start()]
        name = match["name"] or match["owner"] or match["subject"]
        if _QUOTED.search(before) is not None:
            continue
        if _WHOSE_TITLE.search(before) is not None:
            yield name, None  # the titled work's director: still a person the article names
        else:
            yield name, CrewRole.DIRECTOR
