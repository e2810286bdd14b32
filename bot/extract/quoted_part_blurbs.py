"""A part's description in quotation marks: what's-on guides and previews lift a channel's
blurb into a relative clause after a part and its player ("the ferryman, Ada Moss (Wenna Dray),
who is “never quite sober and never quite wrong”"), or after an actor's part and what it is
("stars as Ines Marr, a ferry pilot who keeps a lamp lit “for whoever is still out”"), or after
a part told only by what it is ("plays a lodger with “a key to every room”"). The
words go on describing the part; no one in the article is named to say them, and a part does
not speak to the press, so they are held.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_PART_WHO = lazy_pattern(
    r"\b[A-Z][\w’'-]+[ ]\([A-Z][\w’'.-]+(?:[ ][A-Z][\w’'-]+)+\),[ ]who"
    r"(?:[ ](?:has|had|have|is|was|are|were|will|would|can)|[’']s)?"
    r"(?:[ ](?:been|long|always|never))?"
    r"[ ][“\"‘']$"
)
"""A part, its player in brackets, then "who" and perhaps an auxiliary, just before the marks."""
_PART = r"[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){0,2}"
_PLAYS_WHO = lazy_pattern(
    rf"(?:\b(?:plays|played|playing|(?:stars|starring|(?:is|was)[ ]cast)[ ]as|is)[ ]{_PART},"
    rf"|\b[A-Z][\w’'-]*[’']s[ ]{_PART}(?:,|[ ]is))[ ](?:a|an|the)[ ](?:[a-z-]+[ ]){{1,4}}who[ ]"
    rf"(?:(?!{SPEECH_VERBS}\b)[a-z]+[ ]){{0,8}}[“\"‘']$"
)
"""An actor's part, then what it is and "who" does something, just before the marks: "plays Ines
Marr, a widow who has “", "is cast as Ines Marr, the ferry pilot who keeps “", "Reyes’s Ines
Marr is a widow who swears “" (a speech verb in the clause, "a writer who admits she was “",
gives a speaker: the one introduced)."""
_AS_PART_WHO = lazy_pattern(
    rf"\b[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){{1,2}}[ ]as[ ]{_PART},[ ]who[ ]"
    rf"(?:(?!{SPEECH_VERBS}\b)[a-z]+[ ]){{0,8}}[“\"‘']$"
)
"""An actor "as" a part, then "who" and what the part does, just before the marks: "Wenna Dray as
Captain Wrenn, who “" (a cast list's blurb; "who said “" gives a speaker)."""
_AS_PART_A_WHO = lazy_pattern(
    rf"\b[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){{1,2}}[ ]as[ ]{_PART},[ ](?:a|an)[ ]"
    r"(?:[a-z-]+[ ]){1,4}who[ ](?:[a-z]+[ ]){0,8}[“\"‘']$"
)
"""An actor "as" a part, what the part is, then "who" and what the part does or says, just before
the marks: "Wenna Dray as Ines Marr, a ferry pilot who swears she saw “" (the one who speaks
there is the part, described by its trade, never the actor)."""
_PLAYS_ONE_WITH = lazy_pattern(
    r"\b(?:plays|played|playing|(?:stars|starring|(?:is|was)[ ]cast)[ ]as)[ ](?:a|an)[ ]"
    r"(?:[a-z-]+[ ]){1,3}(?:with|of)[ ](?:[a-z-]+[ ]){0,2}[“\"‘']$"
)
"""An actor playing a part told only by what it is, then what it has, just before the marks:
"plays a guest with “", "stars as a lodger with a “" (the writer's gloss of the part, often a
channel's blurb: a part told by its trade does not speak to the press)."""
_REACH = 90


def held_if_part_blurb(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its lowercase words continue a relative clause about a part named with
    its player in brackets."""
    start = max(0, quote.start - _REACH)
    if fact.attribution or not fact.served or not fact.text[:1].islower():
        return fact  # "Tom Vale (Top Award), who has “never seen rain like it”, he told us"
    if (
        _PLAYS_WHO.search(text, start, quote.start) is not None
        or _AS_PART_WHO.search(text, start, quote.start) is not None
        or _AS_PART_A_WHO.search(text, start, quote.start) is not None
        or _PLAYS_ONE_WITH.search(text, start, quote.start) is not None
    ):
        return held(fact, "a part's description in quotation marks")
    if "(" not in text[start : quote.start]:
        return fact
    if _PART_WHO.search(text, start, quote.start) is None:
        return fact
    return held(fact, "a part's description in quotation marks")
