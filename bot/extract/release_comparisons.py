"""A sentence told as a comparison with another season: "For comparison, series three finished
shooting in late 2023 and arrived a year later", "By contrast, season two wrapped in May",
"Compare that with season two, which wrapped in May", "Season two, by comparison, wrapped in
May". Explainers guess a film's dates from an earlier season's; a shoot told in such a sentence
is that season's (another show's, or a numbered one of ours: "season two of X"), never the
article's own."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.release_parts import other_season
from bot.extract.release_words import SEASON_NUMBER, SEASON_WORD
from bot.lazy_patterns import lazy_pattern

_COMPARISON = lazy_pattern(
    r"[ “\"]*(?:(?:For|By|As)[ ](?:way[ ]of[ ]|a[ ])?(?:comparison|contrast)|"
    r"In[ ](?:comparison|contrast)|For[ ]reference|To[ ]compare|"
    r"Compared?[ ](?:that[ ]|this[ ])?(?:with|to))\b"
    r"|(?P<subject>[^.;:!?]{1,60}?),[ ](?:by|in|for)[ ](?:way[ ]of[ ])?(?:comparison|contrast),"
)
"""A comparison opening the sentence, or set off by commas after its subject (the season
compared)."""
_NUMBERED_OF = lazy_pattern(rf"\b(?:[Ss]eason|[Ss]eries)[ ]{SEASON_NUMBER}[ ]of[ ][A-Z]")
"""A season of a named show told by its number: under a comparison, an earlier one of ours."""


def compared_season(chunk: str, context: Context) -> bool:
    """``chunk`` is told as a comparison and names another show's season or a numbered one."""
    opener = _COMPARISON.match(chunk)
    if opener is None:
        return False
    if opener["subject"] is not None and SEASON_WORD.search(opener["subject"]):
        return True  # "Season two, by comparison, wrapped in May"
    if "contrast" not in opener[0] and _NUMBERED_OF.search(chunk) is not None:
        return True  # "In comparison, season two of X wrapped" (a contrast may set ours apart)
    return other_season(chunk, context)
