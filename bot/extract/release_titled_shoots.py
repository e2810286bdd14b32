"""The production's own title as the subject of its shoot: "Lantern Road: The Return was filmed
in Hull and York between March and May 2025", "Lantern Road was shot across Cornwall between
October and December last year". Like "The film was filmed ...", the span dates its start and
wrap; another work's title in that place ("Gull Harbour, her previous drama, was filmed ...")
is not ours and dates nothing."""

from __future__ import annotations

from bot.extract.context import Context, all_known
from bot.lazy_patterns import lazy_pattern

_TITLED_SHOT = lazy_pattern(
    r"[ “\"]*(?P<name>[A-Z][\w’'&-]*(?:(?::[ ]|[ ])[A-Z][\w’'&-]*){0,5})[ ](?:was|were)[ ]"
    r"(?:shot|filmed)[ ](?:in|at|on|across|around|near|between|from|over)\b"
)


def titled_shot(chunk: str, context: Context) -> bool:
    """The sentence opens with the article's own title (every word of it ours or the
    headline's), told as shot or filmed."""
    if " shot " not in chunk and " filmed " not in chunk:
        return False
    match = _TITLED_SHOT.match(chunk)
    return match is not None and all_known(match["name"].replace(":", " "), context)
