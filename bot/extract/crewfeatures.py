"""The maker named beside the production's title as whose feature it is: "“Salt Year,” the
second feature from Danish filmmaker Ada Vale, ..." (or "first English-language feature")
credits Ada Vale as director when Salt Year is the article's own production (another title's
maker says nothing of ours). The title may carry its original one in brackets: "Salt Year
(Soltår), the second feature from ..."."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME
from bot.facts import CrewRole

_FEATURE_FROM = lazy_pattern(
    rf"[“\"‘']?(?P<work>{NAME})(?:[ ]\([^()]{{1,40}}\))?[,”\"’']*[ ](?:is[ ])?the[ ]"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|latest|"
    r"debut|sophomore)[ ])(?:[A-Z]?[a-z]+-language[ ])?(?:feature|film|movie)[ ](?:from|by)[ ]"
    r"(?:(?:[A-Z][\w’'-]*|[a-z]+-born)[ ])?(?:filmmaker|film-maker|writer-director|auteur)[ ]"
    rf"(?P<name>{NAME})(?=[,.;]|$|[ ](?:and|who)\b)"
)


def feature_from(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """ "Title, the third feature from filmmaker X": X directed the article's own Title."""
    if "maker " not in chunk and "writer-director " not in chunk and "auteur " not in chunk:
        return  # most sentences name no filmmaker: a substring test first
    for match in _FEATURE_FROM.finditer(chunk):
        if context.is_ours(match["work"]):
            yield match["name"], CrewRole.DIRECTOR
