"""A season or part of a named work that is not ours, as the subject of a dated clause, dates
that work: "Season three part one of Larkhill arrives next Thursday, 4 June" in a round-up whose
own film is Copper Bay. Our own work's season ("Season two of Copper Bay arrives on 4 June") is
still ours; so is an unnamed "Part two follows", read elsewhere.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import ORDINAL_WORD
from bot.extract.release_subjects import of_a_companion
from bot.lazy_patterns import lazy_pattern

_SEASON_OF = lazy_pattern(
    rf"^[ “\"‘']*(?i:(?:(?:the|its)[ ])?(?:(?:{ORDINAL_WORD}|final|new|latest|next)[ ])?"
    r"(?:season|series|part|volume)(?:[ ][\w-]+)?(?:,?[ ](?:part|volume)[ ][\w-]+)?)"
    r"[ ]of[ ](?P<name>[A-Z][\w-]*(?:[ ](?:[A-Z][\w-]*|of|the|and))*)"
)
"""A clause opening with a season or part of a named work: "Season four part one of Larkhill"."""
_POSSESSIVE = lazy_pattern(r"(?:[A-Z][\w-]*[ ])*[A-Z][\w-]*[’']s\b")
"""A name that runs on into a possessive ("the last part of Ada Vale’s story"): a person's."""


def of_another_season(chunk: str, clause: str, context: Context) -> bool:
    """The dated clause is a companion work's (:func:`.release_subjects.of_a_companion`) or
    opens with a season of a work neither ours nor in the headline."""
    if of_a_companion(chunk, context):
        return True
    named = bool(context.ours or context.headline)
    match = _SEASON_OF.match(clause) if named and " of " in clause else None
    if match is None or _POSSESSIVE.match(clause, match.start("name")) is not None:
        return False
    return not context.is_known(match["name"])
