"""A name completed by an editor's brackets inside a quotation, with the role: "Wash [Penn, the
director] keeps saying ..." credits Wash Penn as director, "Jo [Vale, the film's casting
director] rang" Jo Vale as casting director (the editor's note speaks of the
article's own production). A surname the editor only adds ("our director, Wash [Penn], and I")
is read as the whole name, so the credit's own shape (an apposition here) credits Wash Penn."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewbold import unbolded
from bot.extract.crewwords import CREW_WORDS
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_WORDS = (
    "casting director",
    "executive producer",
    "director of photography",
    "director",
    "writer",
    "screenwriter",
    "composer",
    "producer",
    "cinematographer",
    "editor",
    "creator",
)
_COMPLETED = lazy_pattern(
    r"\b(?P<first>[A-Z][\w’'-]+)[ ]\[(?P<last>[A-Z][\w’'-]+),[ ](?:the|our)[ ]"
    r"(?:(?:film|movie|series|show)[’'](?:s[ ]|[ ]))?(?P<role>" + "|".join(_WORDS) + r")\]"
)


_SURNAME_ADDED = lazy_pattern(
    r"\b[A-Z][\w’'-]+[ ](?P<mark>\[)(?:(?:van|von|de|der|den|da|di|du|del|della|le|la)[ ])?"
    r"[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+)?(?P<close>\])"
)
"""A first name, then the surname an editor adds in brackets: "Wash [Penn]", a surname of two
words or after a particle too ("Siobhán [Ní Chonghaile]", "Tam [van Ruddock]")."""


def unmarked(chunk: str, lower: str, starts: list[int]) -> tuple[str, str, list[int]]:
    """The chunk as a credit rule reads it: a bold opening label's marks dropped
    (:func:`.crewbold.unbolded`) and an editor's brackets round an added surname ("Wash [Penn]"
    reads "Wash Penn"); capitals' offsets moved to match."""
    if chunk.startswith("**"):
        chunk, lower, starts = unbolded(chunk, lower, starts)  # "**Director:** X"
    if " [" not in chunk:
        return chunk, lower, starts
    marks = [m.start(g) for m in _SURNAME_ADDED.finditer(chunk) for g in ("mark", "close")]
    if not marks:
        return chunk, lower, starts
    bounds = zip([-1, *marks], [*marks, len(chunk)], strict=True)
    plain = "".join(chunk[a + 1 : b] for a, b in bounds)
    moved = [at - sum(1 for mark in marks if mark < at) for at in starts]
    return plain, plain.lower(), moved


def completed_names(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """ "First [Last, the role]": the whole name and its role."""
    if " [" not in chunk:
        return
    for match in _COMPLETED.finditer(chunk):
        yield f"{match['first']} {match['last']}", CREW_WORDS[match["role"]]
