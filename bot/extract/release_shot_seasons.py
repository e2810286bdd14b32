"""A shoot told as on a bare season at the sentence's start: "Filming on series three begins in
June", "Shooting on the new series starts in Whitby in October". No name owns that season, so
it is the article's show's, not another show's ("Filming on series three of Red Harbour" still
names its owner and stays out)."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.release_parts import not_the_film, other_season

_SHOT_ON = re.compile(
    r"[ “\"]*(?:Filming|Shooting|Production)[ ]on[ ](?:the[ ])?"
    r"(?:(?:new|next|second|third|fourth|fifth|sixth)[ ]series|[Ss]eries[ ](?:two|three|four|"
    r"five|six|[2-9])|(?:new|next|second|third|fourth|fifth|sixth)[ ]season|[Ss]eason[ ](?:two|"
    r"three|four|five|six|[2-9]))\b(?![ ]of\b)"
)


def not_our_shoot(clause: str, before: str, context: Context) -> bool:
    """The shoot in ``clause`` (``before`` its time) is of another work or another show's
    season; the bare season a shoot is on at the start is ours."""
    return not_the_film_shot(clause, context) or other_season(_unowned(before), context)


def not_the_film_shot(clause: str, context: Context) -> bool:
    """:func:`.release_parts.not_the_film` of ``clause``, past a bare season a shoot is on at its
    start ("Filming on series two wrapped last Friday": the show's own)."""
    return not_the_film(_unowned(clause), context)


def _unowned(text: str) -> str:
    """``text`` past a bare season the shoot is on at its start."""
    opening = _SHOT_ON.match(text)
    return text[opening.end() :] if opening else text
