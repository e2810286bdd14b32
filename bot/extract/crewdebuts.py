"""A director told by their directorial debut, for :mod:`bot.extract.crewforms`: "The film marks
the directorial debut of X", "X, making her directorial debut,", "Brass Ferry, X's directorial
debut," (a debut with another title after it, or in the past tense, is another work's)."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_DEBUT = r"(?:feature[ ])?directorial[ ]debut"
_OUR_WORK = r"(?:the|this)[ ](?:film|movie|feature|series|show|project|drama)"
_MARKS_DEBUT = lazy_pattern(
    rf"(?:\b[Tt]he[ ](?:film|movie|feature|series|show|drama)|\bIt)[ ](?:marks|is)[ ]"
    rf"(?:the[ ])?{_DEBUT}[ ]of[ ](?P<name>{NAME})(?![’'-])"
)
_MAKING_DEBUT = lazy_pattern(
    rf"(?P<name>{NAME})(?:,[ ](?:who[ ]is[ ])?making|[ ](?:makes|is[ ]making|will[ ]make))[ ]"
    rf"(?:his|her|their)[ ]{_DEBUT}(?:[ ]with[ ]{_OUR_WORK})?(?=[,.;]|$)"
)
_TITLED_DEBUT = lazy_pattern(rf"(?P<title>{NAME}),[ ](?P<name>{NAME})[’']s[ ]{_DEBUT}\b")
_MAKERS_DEBUT = (
    r"[ ]the[ ](?:[A-Z]?[a-z]+-language[ ]|feature[ ]|directorial[ ])?debut[ ]"
    rf"of[ ](?:[A-Z][\w-]*[ ])?(?:(?:stage|theatre|theater|documentary|short-film|music-video|"
    rf"commercials)[ ])?(?:film-?maker|filmmaker|director)[ ](?P<name>{NAME})(?![’'-])"
)
"""After a title: "the (English-language) debut of (Danish) film-maker X"; a director from
another medium makes the feature their debut too ("the feature debut of theatre director X")."""
_DEBUT_OF_MAKER = lazy_pattern(rf"^[“\"‘']?(?P<title>[A-Z][^,]{{0,80}}?)[”\"’']?,{_MAKERS_DEBUT}")
"""Our title in apposition with its maker's debut: "Brass Ferry, the English-language debut of
Danish film-maker X" (an actor's or singer's debut names no director)."""
_QUOTED_DEBUT_OF_MAKER = lazy_pattern(
    r"(?:[“\"‘](?P<title>[A-Z][^,“”\"‘’]{0,80}?)(?:,[”\"’]|[”\"’],)"
    rf"|(?<![\w’'-])(?P<bare>{NAME}),){_MAKERS_DEBUT}"
)
"""The same with our title inside the sentence, quoted or not: "set to lead “Brass Ferry,” the
feature debut of Danish filmmaker X", "will star in Brass Ferry, the debut of director X"."""


def debut_credits(chunk: str, context: Context) -> Iterator[tuple[str, CrewRole]]:
    """The director whose directorial debut the work is."""
    if "debut of" in chunk:
        for match in (*_DEBUT_OF_MAKER.finditer(chunk), *_QUOTED_DEBUT_OF_MAKER.finditer(chunk)):
            title = match["title"] or match.groupdict().get("bare") or ""
            if context.is_known(title) or context.is_ours(title):
                yield match["name"], CrewRole.DIRECTOR
    if "directorial debut" not in chunk:
        return
    for pattern in (_MARKS_DEBUT, _MAKING_DEBUT):
        yield from ((m["name"], CrewRole.DIRECTOR) for m in pattern.finditer(chunk))
    for match in _TITLED_DEBUT.finditer(chunk):
        if context.is_known(match["title"]):
            yield match["name"], CrewRole.DIRECTOR
