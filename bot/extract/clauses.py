"""Where a sentence that brings in another work is about the article's own production again.

A person's aside can name another work ("editor Ada Vale, whose credits include the drama Salt
Year; and casting director Kit Lane, ..."); in a list of semicolon-separated items, the next
item is about our production again. Only an aside about a person (", who" or ", whose" before
the other work, in the same item) ends at the semicolon: a sentence that is about the other
work itself stays about it to its end.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PERSON_ASIDE = lazy_pattern(r",[ ](?:who|whose)\b[^;]*$")
_BRACKETED_ASIDE = lazy_pattern(r"\((?:who|whose)\b[^()]*$")
"""A person's aside in brackets, still open: "Written by X (who also wrote the serial Y) and
directed by Z" is about our production again after its closing bracket."""


def resumes_at(chunk: str, other: int) -> int | None:
    """Where the item after the other work's (brought in at ``other``) starts, if it does: after
    a bracketed aside's close, or at the next item of a semicolon list."""
    if other <= 0:
        return None
    if _BRACKETED_ASIDE.search(chunk, max(other - 80, 0), other) is not None:
        close = chunk.find(")", other)
        if close > 0 and "(" not in chunk[other:close]:
            return close + 1
    semicolon = chunk.find("; ", other)
    if semicolon < 0:
        return None
    item_start = chunk.rfind("; ", 0, other) + 1
    if _PERSON_ASIDE.search(chunk, item_start, other) is None:
        return None
    return semicolon + 2


def outside_other_work(
    chunk: str, lower: str, starts: list[int], other: int
) -> tuple[str, str, list[int]]:
    """The sentence with the other work's stretch blanked (kept before it, and again from the
    next item of its list, if an aside brought it in)."""
    resume = resumes_at(chunk, other)
    if resume is None:
        return chunk[:other], lower[:other], [s for s in starts if s < other]
    blank = " " * (resume - other)
    return (
        chunk[:other] + blank + chunk[resume:],
        lower[:other] + blank + lower[resume:],
        [s for s in starts if s < other or s >= resume],
    )


def about_ours(chunk: str, other: int, start: int, end: int) -> bool:
    """The stretch ``start``..``end`` of the sentence is before the other work, or in the item
    after the aside that brought it in."""
    if 0 < end <= other:
        return True
    resume = resumes_at(chunk, other)
    return resume is not None and start >= resume
