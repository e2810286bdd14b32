"""The article's own production named by what is done with it, where no kind is told beside
the name: "the first Osier Kites teaser", "on the set of Osier Kites", "Filming on Osier Kites
has wrapped", "Osier Kites review: ...". Read by :func:`.release_own_titles.own_title`, whose
checks (named in the lede or headline, used whole at least twice, one name only) still hold."""

from __future__ import annotations

from bot.extract.context import TITLE_WORDS
from bot.extract.lazy_patterns import lazy_pattern

_WORK_AFTER = (
    r"(?:teaser|trailer|premiere|review|cast[ ](?:said|say|have|has|members?)|panel|fan[ ]event|"
    r"finale|first[ ]look|wrapped|wraps|has[ ](?:wrapped|finished[ ]filming|been[ ]filming)|"
    r"(?:began|begins|started|starts)[ ](?:filming|shooting)|"
    r"(?:arrives|lands|premieres|drops)[ ](?:on|in)[ ][A-Z])"
)
"""What only a screen work has or does, right after its name (a person has no teaser)."""
_WORK_BEFORE = (
    r"(?:(?:[Tt]he|a)[ ]set[ ]of|[Ff]ilming[ ](?:on|of)|[Ss]hooting[ ](?:on|of)|"
    r"[Tt]he[ ]premiere[ ]of|[Tt]he[ ]music[ ]for|[Tt]he[ ]score[ ]for)"
)
"""What only a screen work has, right before its name."""
NAME_THEN_WORK = lazy_pattern(rf"(?P<title>{TITLE_WORDS})[ ]{_WORK_AFTER}\b")
"""The name, then a work's word: "the first Osier Kites teaser"."""
WORK_THEN_NAME = lazy_pattern(rf"\b{_WORK_BEFORE}[ ](?P<title>{TITLE_WORDS})(?![\w’'-])")
"""A work's word, then the name: "on the set of Osier Kites"."""
