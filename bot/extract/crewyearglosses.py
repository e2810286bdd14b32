"""A title glossed as "the <year> <kind>" before its credits, for :mod:`.crewmodifiers`.

A comparison names another work, then its year, its cast and its makers: "Comparisons with Rain
Hollow, the 2019 adaptation starring Ada Penn and directed by Oren Vasko, are inevitable"
(invented). The year-dated kind after the title marks a work already made, so the credit is
that work's (once the title is checked against the article's own); a dash may set the gloss
off, with "a" as well as "the" ("the ITV drama Rain Hollow — a 2019 series directed by X"). An
undated gloss ("Rain Hollow, the coastal thriller directed by X") is not read here. The maker's
dated work may come first: "Ada Penn's 2019 debut, Rain Hollow, starred ... and was produced by Y".
"""

from __future__ import annotations

import re

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_TITLE = r"(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,4})"
"""The glossed title: capitalised words, "of", "the" or "and" between them ("Rain Hollow")."""
_YEAR_GLOSSED = lazy_pattern(
    rf"{_TITLE}(?:,[ ]the|[ ][—–][ ](?:the|an?))[ ](?:19|20)\d\d"
    rf"[ ](?:[\w’'+-]+[ ]){{0,3}}?(?:{GENRE_NOUNS}|adaptation|remake|version)"
    r"(?:[ ][^;:.!?“”\"()]{0,100}?)?[ ]$"
)
_DATED_OWNED = lazy_pattern(
    r"[’']s[ ](?:19|20)\d\d[ ](?:[\w’'+-]+[ ]){0,2}?"
    rf"(?:{GENRE_NOUNS}|debut|feature|short|adaptation|remake),[ ]"
    rf"{_TITLE},[ ]"
    r"(?:[^;:.!?“”\"()]{0,100}?[ ])?$"
)
"""The same told the other way round, the maker's dated work before its title: "Ada Penn's 2019
debut, Rain Hollow, starred Oren Vasko and was produced by" (invented)."""
_REACH = 180
"""Enough characters back for the title, its dated gloss and a cast between."""


def year_glossed_title(chunk: str, verbs_at: int) -> re.Match[str] | None:
    """The title glossed by a year and its kind before the participle at ``verbs_at``."""
    window = max(0, verbs_at - _REACH)
    return _YEAR_GLOSSED.search(chunk, window, verbs_at) or _DATED_OWNED.search(
        chunk, window, verbs_at
    )
