"""A maker named in a gloss on a title, for :mod:`.castpronouns`.

A profile's sentence may name its subject only by a descriptor and gloss the work with its
maker: "The 24-year-old is the star of Salt Shout, Tom Reel’s tender, furious film about a
lifeboat crew. She plays Dot Harker" (invented). Tom Reel is the film's maker, in apposition to
its title, not the one "she" means. A possessive that opens a sentence ("Ada Penn’s new film
opens Friday. She plays ...") is no gloss and is left alone.
"""

from __future__ import annotations

from bot.extract.lexicon import GENRE_NOUNS
from bot.lazy_patterns import lazy_pattern

_GLOSS_BEFORE = lazy_pattern(r"[A-Za-z0-9’'”)],[ ]$")
"""A title (or its closing quote or bracket) and a comma right before the maker's name."""
_GLOSS_AFTER = lazy_pattern(
    rf"[’']s[ ](?:(?:[a-z][\w-]*|[a-z][\w-]*,)[ ]){{0,4}}?(?:{GENRE_NOUNS}|feature|debut)\b"
)
"""The maker's possessive and the work's kind after it: "’s tender, furious film"."""


def maker_in_gloss(chunk: str, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` of ``chunk`` is a work's maker glossing its title."""
    return (
        _GLOSS_BEFORE.search(chunk, max(0, start - 3), start) is not None
        and _GLOSS_AFTER.match(chunk, end) is not None
    )
