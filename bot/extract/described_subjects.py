"""A sentence whose subject the quote describes: the subject is not the quote's speaker.

"Ada Vale, who plays his aunt Moira, was “the kindest person on set”, he added.": the quote is
what the speaker says *about* Ada Vale, a co-star brought in by her part ("who plays ...",
"who returns as ..."); the pronoun after it stands for the interviewee named before the
sentence. Only that shape counts: a subject with a "who" aside, a linking verb, then the quote.
"""

from __future__ import annotations

from bot.extract.text import Span
from bot.lazy_patterns import lazy_pattern

_DESCRIBED = lazy_pattern(
    r"[ ]*(?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*,[ ]who[ ][^“”,]*(?:,[ ]and[ ]who[ ][^“”,]*)?,"
    r"[ ](?:is|was|are|were|seems|seemed|remains|remained|has[ ]been|had[ ]been)[ ]"
    r"“(?:x*”,?[ ]*)?"
)

_TOLD_OF = lazy_pattern(
    r"(?:[A-Z][\w’'-]*[ ]){0,3}[A-Z][\w’'-]*,[ ](?:who[ ][^“”]*?,[ ]and[ ])?"
    r"who[ ](?:(?:he|she)[ ])?$"
)
"""A relative clause whose own subject is the pronoun ("Ada Vale, who she said was"): the
name it hangs on is who is spoken of, never the pronoun's person."""


_BY_ASIDE = lazy_pattern(r",[ ](?:[a-z]+(?:ed|t|en|n|de)[ ])?by[ ][^,.;“”]*,[ ](?:that|which)[ ]$")
"""A thing credited in a "by" aside, then described by the pronoun: the maker named in the
aside is the thing's, not the pronoun's person."""


def quote_describes(pre: str) -> bool:
    """Whether ``pre`` (a sentence up to a quote, or to its "he said") is a co-star described."""
    return _DESCRIBED.fullmatch(pre) is not None


def own_words(masked: str, own: Span, offset: int) -> str | None:
    """The words of ``own`` before ``offset`` a pronoun there may look back on, or None when
    there are none, when they only describe a co-star, or when a "by" aside names the maker of
    a thing (then it looks to the sentences before)."""
    if own.start >= offset:
        return None
    pre = masked[own.start : offset]
    if (told := _TOLD_OF.search(pre)) is not None:
        return pre[: told.start()]  # "full of praise for Ada Vale, who he said had": not Vale
    if _BY_ASIDE.search(pre):
        return None  # "music, by the composer Greta Brunn, that she describes as": not Brunn
    return None if quote_describes(pre) else pre
