"""A work named as the sentence's subject, then a relative clause between commas, then its
release ("Tin Lane, which also stars Ada Vale, arrives on Netflix on 28 November"):
the clause hides the subject from the plain subject-then-verb reading, so the name is read back
past it. Not an apposition ("X, the Netflix film that closes the saga, arrives ..."): a profile
names its subject's own work that way without the work being known as the article's."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_ASIDE_WORK = lazy_pattern(
    r"[ “\"‘']*(?P<name>[A-Z][\w’'&-]*(?:[ ](?:of|the|at|in|on|and|a|an|[A-Z][\w’'&-]*)){0,5})"
    r",[ ](?:which|that)[ ][^,;:“”\"]{2,140}"
    r",[ ](?:now[ ]|also[ ]|finally[ ])?"
    r"(?:returns|arrives|lands|premieres|debuts|airs|hits|opens|reaches|launches|"
    r"is[ ](?:back|out|released|due))[ ]"
)
"""The subject's name, the relative clause on it, then the release verb it governs."""


def work_past_aside(chunk: str) -> str | None:
    """The name of the work a sentence opens on when a relative clause stands between it and
    its release verb, if it does: "X, which ..., arrives ..." gives "X"."""
    if ", " not in chunk[:80]:
        return None
    match = _ASIDE_WORK.match(chunk)
    return match["name"] if match is not None else None
