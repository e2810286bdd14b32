"""A newsletter item's paragraph that opens on a work told only by its channel and genre, then
its news, for :mod:`bot.extract.page_others`.

Under a heading that leads with a work's name ("2. GLENTARROW IS BACK", "3. TALLOW LANE TOPS
THE WEEK"), an item that names none of ours may open on its work by channel and genre and go on
with any news: "Channel 4’s fen-country mystery returns ...", "The BBC’s new canal drama drew 5
million viewers ...", "Sky’s heist series opened to ..." (invented examples). The heading's name
is that work's. An item on ours told the same way repeats the words our own item describes it
with ("Quillmoor, the fen-country drama" then "Apple’s fen-country drama has a strong cast"),
and stays ours. So may the paragraph open on a channel that tells of "its" work by genre
("ITV has confirmed that its Sunday-night crime drama won't return", "Sky has axed its heist
thriller"): a channel's own work named under the heading, not ours.
"""

from __future__ import annotations

import re

from bot.extract.lexicon import CHANNEL, GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_NOT_NEWS = r"of|about|on|in|with|from|and|or|for|to|at|by|set|that|which|who|starring|where"
"""Words after a genre that go on describing the work, not telling its news."""
_KIND = rf"(?:{GENRE_NOUNS}|saga|mystery)"
"""The genre noun that ends a work told by its channel: "drama", "saga", "mystery"."""
_GENRE_OPENER = lazy_pattern(
    r"[A-Z][\w+-]*(?:[ ][A-Z0-9][\w+-]*){0,2}[’']s[ ](?P<told>(?:[\w-]+[ ]){0,4}?"
    rf"{_KIND})[ ](?!(?:{_NOT_NEWS})\b)[a-z]+\b"
)
"""A paragraph that opens on a work told by its channel and genre, then its news: "Channel 4’s
fen-country mystery returns ...", "The BBC’s shipyard saga drew ..." (not "... drama about")."""

_CHANNEL_ITS = lazy_pattern(
    rf"{CHANNEL}(?:[ ][A-Z0-9][\w+]*){{0,2}}[ ](?:[\w’'-]+[ ]){{1,6}}?its[ ]"
    rf"(?P<told>(?:(?!(?:{_NOT_NEWS})\b)[\w-]+[ ]){{0,4}}?{_KIND})\b"
)
"""A paragraph that opens on a channel telling of its own work by genre: "BBC Two announced on
Monday that its rural sitcom ...", "Sky has axed its heist thriller ..." (not "its grip on
comedy")."""
_LEAD_NAME = lazy_pattern(r"[A-Z][A-Za-z’'-]+[ ][A-Z][A-Za-z’'-]+(?=[ ]|$)")
"""The two words a heading leads with: when our items give them as a name ("MARROW FEN ADDS A
STAR", "Ansel Ferrand joins"), the item is ours, however it tells the work."""


def told_by_genre(line: str, first: str, ours: str) -> bool:
    """The heading's words ``line`` lead with a name and the paragraph ``first`` opens on a work
    told only by channel and genre, in words that ``ours`` (our items' text) does not use, under
    a heading that does not lead with a name ``ours`` gives."""
    opener = _GENRE_OPENER.match(first) or _CHANNEL_ITS.match(first)
    if not line[:1].isupper() or opener is None:
        return False
    lead = _LEAD_NAME.match(line)
    if lead is not None and re.search(rf"\b{re.escape(lead[0].title())}\b", ours):
        return False  # "MARROW FEN ADDS A STAR", "Ansel Ferrand joins": a name our items give
    return re.search(rf"\b{re.escape(opener['told'])}\b", ours, re.IGNORECASE) is None
