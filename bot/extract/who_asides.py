"""Whether a speaker found before a reporting verb stands in another's aside, for
:mod:`bot.extract.attribution`: "Vale, whose last film was The Tall Grass, says" is Vale's words,
but "produced by Lumen Films, whose producer Ada Vale said: “...”" gives the words to the aside's
own subject."""

from __future__ import annotations

import re

from bot.lazy_patterns import lazy_pattern

_RELATIVE_ON = lazy_pattern(r",[ ](?:(?:in|on|at|for|with|from|of)[ ])?(?:which|whom|where|when)\b")


def in_who_aside(pre: str, at: int, end: int) -> bool:
    """``at`` lies in a person's aside (", who ..." or ", whose ...", on through the relative
    clauses it chains: ", in which ..."): a name there is the aside's (a work, a part), never
    who speaks after it. A comma before anything else ("..., isn't on X, but") ends it. Not
    the aside's own subject, whose verb (ending at ``end``) gives the words."""
    opened = max(pre.rfind(", who ", 0, at), pre.rfind(_WHOSE, 0, at))
    if opened <= pre.rfind(". ", 0, at):
        return False
    commas = pre.count(",", opened + 1, at)
    if commas != len(_RELATIVE_ON.findall(pre, opened + 1, at)):
        return False
    return not _whose_sayer(pre, at, end)


_WHOSE = ", whose "
_WHOSE_SAYER = lazy_pattern(r",[ ]whose[ ]$")
_ONLY_INTRODUCES = lazy_pattern(r"(?:[ ]in[ ]a[ ]statement)?[ ,:]*$")


def _whose_sayer(pre: str, at: int, end: int) -> bool:
    """ "produced by Lumen Films, whose producer Ada Vale said: “...”": the speaker at ``at``
    opens the aside as its own subject, and the aside's verb (ending at ``end``) introduces the
    words, so the aside is where they are given, not a name in passing. The name must follow
    "whose" and one role word at most as the speaker found at ``at`` ("whose producer Ada Vale"
    is found at "Ada"; a role the speaker pattern does not read, "whose founder Ada Vale", leaves
    the words no one's)."""
    return (
        _WHOSE_SAYER.search(pre, max(at - len(_WHOSE), 0), at) is not None
        and _ONLY_INTRODUCES.match(pre, end) is not None
    )


_WHOSE_APPOSED = lazy_pattern(
    r"whose[ ](?:[a-z][\w-]*[ ]){0,2}[a-z][\w-]*,[ ][A-ZÀ-ÖØ-Þ][^\s,]*(?:[ ][^\s,]+){0,3}"
)
"""An aside of a role and its holder's name and no verb ("whose producer, Ada Vale"): the
reporting verb after it is the aside's own, not the verb of the company or person before it."""


def whose_apposed(match: re.Match[str]) -> bool:
    """ "Lumen Films, whose producer, Ada Vale, says": the producer's words, not the company's
    (unlike "Vale, whose last film was The Tall Grass, says", an aside with a verb of its own)."""
    aside = match.groupdict().get("aside")
    return aside is not None and _WHOSE_APPOSED.fullmatch(aside) is not None
