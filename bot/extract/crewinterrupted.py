"""A passive credit whose craft and "by" an aside splits: "The score, all drones and fiddles, is
by X", "The cinematography, shot on 16mm, is once again by Y", or a word of place or time: "The
music underneath is by X", "The score this time is by Y" (a title after the craft, "The score of
Lumen, ..., is by X", is another work's, so only "the"/"its" crafts are read)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_INTERRUPTED = lazy_pattern(
    r"(?<![\w-])(?:[Tt]he|[Ii]ts)[ ](?:(?:film|movie|series|show)[’']s[ ])?"
    r"(?P<craft>score|music|cinematography|photography|editing|screenplay|script)"
    r"(?:,[ ][^,;.:“”\"()]{1,60},|[ ](?:here|underneath|throughout|this[ ]time))"
    r"[ ](?:is|was|comes)[ ](?:(?:once[ ]again|again|also)[ ])?"
    r"(?:by|from)[ ](?:(?:the[ ])?(?:composer|cinematographer|editor|writer)[ ])?"
    rf"(?P<name>{NAME})(?=[,.;]|$|[ ](?:and|who)\b)"
)

_HINT = lazy_pattern(r"(?:,|[ ]here|underneath|throughout|[ ]time)[ ](?:is|was|comes)[ ]")


def interrupted_credits(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """(name, role) for each craft credited by name past an aside."""
    if (" by " not in chunk and " from " not in chunk) or not _HINT.search(chunk):
        return  # the credit's " by "/" from " is looked for first: most sentences lack both
    for match in _INTERRUPTED.finditer(chunk):
        yield match["name"], CREW_WORDS[match["craft"]]
