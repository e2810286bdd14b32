"""The maker named beside the production's title as whose feature it is: "“Salt Year,” the
second feature from Danish filmmaker Ada Vale, ..." (or "first English-language feature")
credits Ada Vale as director when Salt Year is the article's own production (another title's
maker says nothing of ours). The title may carry its original one in brackets: "Salt Year
(Soltår), the second feature from ..."; or by the maker's possessive: "Ada Vale’s first feature,
Salt Year, opens ...", "Salt Year, Ada Vale’s debut feature, ..."."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_FEATURE_FROM = lazy_pattern(
    rf"[“\"‘']?(?P<work>{NAME})(?:[ ]\([^()]{{1,40}}\))?[,”\"’']*[ ](?:is[ ])?the[ ]"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|latest|"
    r"debut|sophomore)[ ])(?:[A-Z]?[a-z]+-language[ ])?(?:feature|film|movie)[ ](?:from|by)[ ]"
    r"(?:(?:[A-Z][\w’'-]*|[a-z]+-born)[ ])?(?:filmmaker|film-maker|writer-director|auteur)[ ]"
    rf"(?P<name>{NAME})(?=[,.;]|$|[ ](?:and|who)\b)"
)

_ORDINAL = (
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|debut|sophomore)[ ]"
    r"(?:[A-Z]?[a-z]+-language[ ])?feature(?:[ ]film)?|(?:feature[ ]|directorial[ ])?debut)"
)
"""Which of the maker's features: "first feature", "debut feature film", or the debut itself
set right beside the title ("X’s debut Salt Year", "X’s feature debut, Salt Year"): the trade's
way of naming a first-time director's film (not "new film": an actor's film is as often meant;
an actor's first part is told as a "screen" or "acting" debut, which this leaves out)."""
_OWNERS_FEATURE = lazy_pattern(
    rf"(?P<name>{NAME})[’'](?:s)?[ ]{_ORDINAL},?[ ][“\"‘']?(?P<work>{NAME})"
)
"""The possessive first: "Ada Vale’s first feature, Salt Year, opens"."""
_FEATURE_OWNED = lazy_pattern(
    rf"[“\"‘']?(?P<work>{NAME})[,”\"’']*,[ ](?P<name>{NAME})[’'](?:s)?[ ]{_ORDINAL}(?=[,.;]|$)"
)
"""The title first: "Salt Year, Ada Vale’s debut feature, opens"."""
_ACTED = lazy_pattern(
    r"\b(?:(?:she|he|they)[ ](?:plays|played|stars|starred)|(?:sees|casts|gives)[ ](?:her|him|them)"
    r"|(?:young|lead|leading)[ ](?:actor|actress|star|role)|actor|actress|directed[ ]by)\b"
)
"""The sentence tells the owner acting ("sees her play", "she plays", "the young actor") or
someone else directing: "X’s first feature" is then the actor's first film role, no credit."""
_BARE_DEBUT = lazy_pattern(r"[’'](?:s)?[ ]debut\b(?![ ]feature)")
"""The owner's bare "debut", not a "debut feature" (a film, whatever else the sentence tells)."""
_OTHER_DEBUT = lazy_pattern(
    r"\b(?:novels?|books?|bestsell\w*|published|copies|authors?|novelist|memoir|album|"
    r"written|wrote|adapts|adapted|adaptation|based[ ]on|plays|played|stars|starred|starring|"
    r"role)\b"
)
"""A bare "debut" (no "feature", no "directorial") may be a first book, record or part as well
as a first film: "Pell Marsh, X’s debut, topped the bestseller lists", "the film adapts Pell
Marsh, X’s debut", "X’s debut, opens Friday; Avery plays a pilot" credit no director."""


def feature_from(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """ "Title, the third feature from filmmaker X", "X's first feature, Title": X directed the
    article's own Title."""
    possessed = "’s " in chunk or "'s " in chunk
    if ("feature" in chunk or "debut" in chunk) and possessed and not _ACTED.search(chunk):
        for found in (*_OWNERS_FEATURE.finditer(chunk), *_FEATURE_OWNED.finditer(chunk)):
            if _BARE_DEBUT.search(found[0]) and _OTHER_DEBUT.search(chunk):
                continue  # "Pell Marsh, X’s debut, sold a million copies": a book, maybe
            if context.is_known(found["work"]):  # ours, or the headline's
                yield found["name"], CrewRole.DIRECTOR
    if "maker " not in chunk and "writer-director " not in chunk and "auteur " not in chunk:
        return  # most sentences name no filmmaker: a substring test first
    for match in _FEATURE_FROM.finditer(chunk):
        if context.is_ours(match["work"]):
            yield match["name"], CrewRole.DIRECTOR
