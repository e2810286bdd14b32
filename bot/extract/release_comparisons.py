"""A sentence told as a comparison with another season: "For comparison, series three finished
shooting in late 2023 and arrived a year later", "By contrast, season two wrapped in May".
Explainers guess a film's dates from an earlier season's; a shoot told in such a sentence is
that season's, never the article's own."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.release_parts import other_season

_COMPARISON = re.compile(
    r"[ “\"]*(?:(?:For|By)[ ](?:way[ ]of[ ])?(?:comparison|contrast)|In[ ]comparison)\b"
)


def compared_season(chunk: str, context: Context) -> bool:
    """``chunk`` opens as a comparison and names a season of another show or an earlier one."""
    return _COMPARISON.match(chunk) is not None and other_season(chunk, context)
