"""A name completed by an editor's brackets inside a quotation, with the role: "Wash [Penn, the
director] keeps saying ..." credits Wash Penn as director, "Jo [Vale, the film's casting
director] rang" Jo Vale as casting director (the editor's note speaks of the
article's own production)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.lazy_patterns import lazy_pattern
from bot.facts import CrewRole

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


def completed_names(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """ "First [Last, the role]": the whole name and its role."""
    if " [" not in chunk:
        return
    for match in _COMPLETED.finditer(chunk):
        yield f"{match['first']} {match['last']}", CREW_WORDS[match["role"]]
