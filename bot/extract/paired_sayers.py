"""An attribution whose subject is two people, each set off with an aside: "Ada Vale, who plays
Mia, and Tom Reed, who plays Jo, shared a joint post: “...”". The words are the pair's; a quote
is credited to one person or no one, so never to the first of the two alone."""

from __future__ import annotations

from bot.extract.names import NAME
from bot.extract.subjects import ROLES_BEFORE
from bot.lazy_patterns import lazy_pattern

_ASIDE = r"(?:,[ ][^,;:“”\"]{1,60},)?"
_PAIR = lazy_pattern(
    rf"[ ]*{ROLES_BEFORE}(?P<first>{NAME}),[ ][^,;:“”\"]{{1,60}},[ ]and[ ]"
    r"(?:(?:his|her|their)[ ])?(?:[a-z-]+[ ]){0,2}"
    rf"{NAME}{_ASIDE}[ ][a-z]"
)
"""A name and its aside, "and", another name (an aside perhaps), then the shared verb:
"Ada Vale, 24, and Tom Reed, 26, shared", "Ada Vale, who plays Mia, and co-star Tom Reed posted"."""


def one_of_two(attribution: str, speaker: str) -> bool:
    """Whether ``attribution`` gives the words of ``speaker``, the first named, to two people
    joined by "and" as one subject (the second named, after a host, is read elsewhere)."""
    pair = _PAIR.match(attribution) if " and " in attribution else None
    return pair is not None and speaker.rsplit(maxsplit=1)[-1] in pair["first"].split()
