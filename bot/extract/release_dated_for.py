"""A release dated in the trade's words: "Kestrel has dated the film for an Oct. 2 theatrical
release", "The studio has dated “Lanterns,” the period drama, for a 3 April release", "has dated
Ada Rook’s road drama “Lanterns” for a Nov. 20 release". The day between "for a(n)" and a
release noun is the premiere date; a work the sentence names must be the article's own.
A release "set for" a day reads the same way: "The distributor has set a UK cinema release for
June 12", "Kestrel have set the film's theatrical release for 3 April". An event's date ("has
set a gala screening for ...") is no release. So is the passive said of the work by name: "Lanterns,
the film that ends the story, is now dated for Netflix on 17 April", "It is dated for 3 May";
"which is dated for ..." (a clause on another work) and "had been dated for ..." (a date it
had) are not."""

from __future__ import annotations

import datetime as dt

from bot.extract.context import Context
from bot.extract.dates import DATE_RE, parse_date
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.release_parts import not_the_film
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_DATED = lazy_pattern(
    r"\b(?:has|have|had)[ ]dated[ ](?:(?:the|its|their)[ ](?:film|movie|feature|series|show|"
    r"sequel|adaptation)|[“\"‘]?(?P<name>[A-Z][\w’'-]*(?:[ ](?:[A-Z][\w’'-]*|of|the|and)){0,4})"
    r"[,.]?[”\"’]?"
    r"|(?:the|its|their|[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,2}[’']s)[ ]"
    rf"(?:[\w-]+[ ]){{0,2}}?{GENRE_NOUNS}"
    r"[ ][“\"‘](?P<named>[A-Z][^“”\"]{0,60}?)[,.]?[”\"’])"
    r"(?:,?[ ][^,;“”\"]{1,80},)?[ ]for[ ](?:an?|its)[ ]"
)
"""The work as a name, as "the film", or as a described kind with its quoted title ("the road
drama “Salt Line”", "Ada Rook’s road drama “Salt Line”")."""
_NOUN = lazy_pattern(
    r"(?:[ ](?:theatrical|cinema|theater|theatre|streaming|wide|global|worldwide|nationwide))?"
    r"[ ](?:release|debut|premiere|bow|launch|opening)\b"
)


_SET_FOR = lazy_pattern(
    r"\b(?:has|have|had)[ ]set[ ](?:a|an|its|their|the(?:[ ](?:film|movie|feature|series|"
    r"show|drama|adaptation)[’']s)?)[ ](?:(?:UK|US|Irish|British|North[ ]American|and|Ireland|"
    r"theatrical|cinema|theater|theatre|streaming|wide|nationwide|digital)[ ]){0,5}"
    r"(?:release|premiere|launch|debut|opening)(?:[ ]date)?[ ]for[ ]"
)
"""A release set for a day in the trade's words; only release words may come between."""

_IS_DATED = lazy_pattern(
    r"[“\"‘]?(?P<name>It|The[ ](?:film|movie|feature|series|show)|[A-Z][\w’'-]*(?:[ ](?:[A-Z0-9]"
    r"[\w’'-]*|of|the|and)){0,5})[”\"’]?(?:,[ ][^,;“”\"]{1,80},)?[ ](?:is|has[ ]been)[ ]"
    r"(?:now[ ])?dated[ ]for[ ](?:(?:[A-Z][\w+]*(?:[ ](?:and[ ])?[A-Z][\w+]*)?[ ]on[ ])|an?[ ])?"
)
_IT = frozenset({"It", "The film", "The movie", "The feature", "The series", "The show"})
"""The work by name, or "it", opening the sentence; a streamer or channel may come between."""


def dated_for(
    ref: dt.date | None, chunk: str, evidence: str, context: Context
) -> list[ReleaseFact]:
    """The premiere date a "has dated X for a <day> release" sentence gives."""
    if ref is None:
        return []
    if " set " in chunk:
        for match in _SET_FOR.finditer(chunk):
            date = DATE_RE.match(chunk, match.end())
            if date is None or not_the_film(chunk[: match.end()], context):
                continue
            day = parse_date(date, ref, past=False)
            if day is not None and day >= ref:
                return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]
    if " dated " not in chunk:
        return []
    passive = _IS_DATED.match(chunk.lstrip())
    if passive is not None and (passive["name"] in _IT or context.is_known(passive["name"])):
        text = chunk.lstrip()
        date = DATE_RE.match(text, passive.end())
        day = None if date is None else parse_date(date, ref, past=False)
        if day is not None and day >= ref:
            return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]
    for match in _DATED.finditer(chunk):
        name = match["name"] or match["named"]
        if name and not context.is_known(name):
            continue
        date = DATE_RE.match(chunk, match.end())
        if date is None or _NOUN.match(chunk, date.end()) is None:
            continue
        day = parse_date(date, ref, past=False)
        if day is not None and day >= ref:
            return [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]
    return []
