"""A title for another language's cinemas, not the film's own: "It will also be released in
Portuguese cinemas, under the title Porto de vidro, on 9 May", "opens in Danish cinemas under
the title Glashavnen". The release there may be news; the name there is not the film's title
(and the shared cue would cut a sentence-case one to its first word). A release for
English-speaking territories ("released in English-speaking territories as Night Skiff") or in
British, Irish or American cinemas keeps its title. So for another country's viewers:
"Danish viewers see it under the title Glashavnen". And a name given for a place set off before
it, in the same sentence: "also in Denmark, where it is shown under the title Glashavnen", "In Latin
America, the film is called Glashavnen" (the place is where the name holds, not the work). Or a
language: "published in French under the title Coeur battant", "shown in Welsh under the title
Halen y Môr"."""

from __future__ import annotations

import re

from bot.extract.lexicon import MONTH_PATTERN, NATIONALITIES, WEEKDAY_PATTERN
from bot.lazy_patterns import lazy_pattern

_OURS = (
    r"(?!(?:English|British|UK|US|Irish|American|Australian|Canadian|Scottish|Welsh|Northern|New)"
    r"\b)"
)
"""Not English-speaking cinemas or viewers: a release there keeps its title."""
_IN_THEIR_CINEMAS = lazy_pattern(
    rf"\b(?:in|across|to|reaches|reach)[ ]{_OURS}(?P<place>[A-Z][a-z]+)[ ]"
    r"(?:cinemas|theatres|theaters|multiplexes|screens|audiences)\b"
)
_THEIR_VIEWERS = lazy_pattern(
    rf"\b{_OURS}(?P<place>[A-Z][a-z]+)[ ](?:viewers|audiences|subscribers|cinemagoers|filmgoers)\b"
)
"""Another country's viewers: "Danish viewers", "Italian subscribers" (a nationality, not "Many
viewers" or "Netflix subscribers")."""
_IN_LANGUAGE = lazy_pattern(rf"\bin[ ]{_OURS}(?P<place>[A-Z][a-z]+)\b(?![ ][A-Z])")
"""A name in another language: "published in French under the title X" (a language, not "in
French cinemas", which the cinemas cue reads, nor "in Paris")."""
_IN_OUR_TONGUES = lazy_pattern(
    r"\bin[ ](?:Welsh|Irish|Gaelic|Scots[ ]Gaelic|Scottish[ ]Gaelic)"
    r"(?=[ ](?:on|under|as|with|by|from|for)\b|[,;)])"
)
"""A language of these islands besides English: "broadcast in Welsh on S4C under the title X"
(not "in Irish cinemas" nor "in Welsh towns", where the word is the place's)."""
_OUR_LANDS = r"(?!(?:Britain|Great|England|Ireland|Scotland|Wales|America|Australia|Canada)\b)"
"""English-speaking countries, where a name given is the film's own."""
_IN_PLACE = lazy_pattern(
    rf"\b(?:[Ii]n|[Aa]cross)[ ](?:the[ ])?{_OURS}{_OUR_LANDS}"
    rf"(?!(?:{MONTH_PATTERN}|{WEEKDAY_PATTERN})\b)(?P<place>[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?),[ ]"
)
"""A place set off by a comma before the name: "in Denmark, where", "In Latin America, the"."""
_REACH = 100
"""How far before the title's cue the other cinemas may be named, in the same sentence."""


def for_other_cinemas(text: str, match: re.Match[str]) -> bool:
    """The title cue at ``match`` follows a release in another language's cinemas."""
    before = text[max(0, match.start() - _REACH) : match.start()]
    clause = re.split(r"[.;!?][ ]", before)[-1]
    if any(cue.search(clause) for cue in (_IN_THEIR_CINEMAS, _IN_PLACE, _IN_OUR_TONGUES)):
        return True
    return any(
        m["place"] in NATIONALITIES
        for finder in (_THEIR_VIEWERS, _IN_LANGUAGE)
        for m in finder.finditer(clause)
    )
