"""The co-writer of a work whose other writer is named only by a description, for
:func:`bot.extract.crewforms.other_credits`: "the film, which the Lisbon-born director co-wrote
with the novelist Ada Vale" credits Ada Vale as writer (the described writer is left alone)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.extract.names import FULL_NAME, NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

CO_END = r"(?=[,.;]|$|[ ](?:and|who)\b)"
"""Where a co-writer's name ends: at a stop, or before "and" or "who"."""
_DESCRIBED_WHICH = lazy_pattern(
    r"\b(?:film|movie|series|show|script|screenplay|drama|adaptation),[ ]which[ ]the[ ]"
    r"(?:[\w’'-]+[ ]){0,2}?(?:director|film-?maker|writer-director)[ ](?:also[ ])?"
    r"(?:co-wrote|wrote|co-scripted|scripted)[ ]with[ ](?:(?:the|an?)[ ])?"
    r"(?:(?:[A-Z][\w-]*|[a-z]+-born)[ ])?(?:playwright|writer|screenwriter|novelist|author|poet|"
    rf"dramatist|comedian|journalist)[ ](?P<name>{NAME}){CO_END}"
)


_CO_ADAPTER = lazy_pattern(
    r"\b(?:adapted|adapts|is[ ]adapting|has[ ]adapted)[ ](?:the|her|his|their)[ ]"
    r"(?:books?|novels?|graphic[ ]novels?|memoir|play)(?:[ ]for[ ]the[ ]screen)?[ ]with[ ]"
    r"(?:the[ ])?(?:(?:[A-Z][\w-]*|[a-z]+-born)[ ])?(?:playwright|writer|screenwriter|novelist|"
    rf"author|poet)[ ](?P<name>{NAME}){CO_END}"
)
"""The one who adapted the source with its author: "X adapted the novels with the author Y"."""
_SEASON_CO_WRITER = lazy_pattern(
    r"\b(?:is|are|will[ ]be)[ ](?:co-)?writing[ ](?:(?:season|series)[ ](?:two|three|four|five|"
    r"[2-9])|the[ ](?:second|third|fourth|new|next)[ ](?:season|series))[ ]with[ ]"
    rf"(?P<name>{NAME}){CO_END}"
)
"""A series' co-writer: "X is writing season two with Y" (not "with Y in mind")."""


_SELF_WRITTEN = lazy_pattern(
    r"^(?:(?:[Dd]irector|[Ff]ilm-?maker|[Ww]riter-director)[ ])?"
    rf"(?P<name>{NAME})(?![’'])[ ][^.;:A-Z“\"‘]{{0,80}}?[ ]from[ ]a[ ](?:script|screenplay)[ ]"
    r"(?:that[ ])?(?:he|she|they)[ ](?:co-wrote|wrote|co-penned|penned)\b"
)
"""The sentence's subject as writer: "Director X is back, working from a script he co-wrote with
Y", "X directs from a screenplay she wrote" (no other name between them for the pronoun)."""
_DIRECTED_FROM_OWN = lazy_pattern(
    rf"\b[Dd]irected[ ]by[ ](?P<name>{NAME})(?:[ ][^.;:,A-Z“\"‘]{{1,40}}?)?,?[ ]from[ ]a[ ]"
    r"(?:script|screenplay)[ ](?:that[ ])?(?:he|she|they)[ ](?:co-wrote|wrote|co-penned|penned)\b"
)
"""The director as writer too: "The film, directed by X from a screenplay he co-wrote with Y",
also past a short aside with no other name for the pronoun ("Directed by X in her first
feature, from a script she co-wrote with Y")."""
_NAME_AT = lazy_pattern(FULL_NAME)
_SUBJECT_TITLE = lazy_pattern(rf"{NAME},[ ]")
"""The sentence's own subject before the director: "Tarn Lane, directed by X from ..."."""


def _director_wrote(chunk: str, match: re.Match[str]) -> bool:
    """Whether the pronoun after "from a script" can only be the director's: no other name before
    "directed by" (the sentence's subject aside), as an owner named earlier is the usual antecedent
    ("Kai Lund's passion project, directed by X from a script he co-wrote")."""
    before = chunk[: match.start()]
    return _NAME_AT.search(before) is None or _SUBJECT_TITLE.fullmatch(before) is not None


def co_writers(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """ "..., which the director co-wrote with the novelist X", "... adapted the books with the
    author X", "... is writing season two with X": X's writing credit."""
    if "from a s" in chunk and "wr" in chunk:
        yield from ((m["name"], CrewRole.WRITER) for m in _SELF_WRITTEN.finditer(chunk))
        yield from (
            (m["name"], CrewRole.WRITER)
            for m in _DIRECTED_FROM_OWN.finditer(chunk)
            if _director_wrote(chunk, m)
        )
    if " with " not in chunk:
        return
    if " adapt" in chunk:
        yield from ((m["name"], CrewRole.WRITER) for m in _CO_ADAPTER.finditer(chunk))
    if "writing " in chunk:
        yield from ((m["name"], CrewRole.WRITER) for m in _SEASON_CO_WRITER.finditer(chunk))
    if ", which " not in chunk:
        return
    for match in _DESCRIBED_WHICH.finditer(chunk):
        if not earlier_work(chunk, match.start()):
            yield match["name"], CrewRole.WRITER  # not "her previous film, which ..."


_EARLIER = lazy_pattern(r"\b(?:previous|last|earlier|debut|first|other|another|next)[ ]")


def earlier_work(chunk: str, at: int, reach: int = 40) -> bool:
    """The work whose relative clause starts at ``at`` is told as another one ("her previous
    thriller, which ...", "his debut film, which ...") within ``reach`` characters before."""
    return _EARLIER.search(chunk, max(0, at - reach), at) is not None
