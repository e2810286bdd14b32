"""Names the writer and readers have been using for a thing: "After weeks of us referring to it
as “...” and “...”", "we've all been calling it “...”", "what we used to call “...”". The marks
hold a name the article's own voice gives, alone or in a list of them, not words anyone it
reports said; the clause after ("..., Lumen has confirmed the name") must not take them. Someone
else who calls a thing so ("Ada referred to it as “...”") is left to the describer rules. Words
"we said" earlier, quoted back in a correction, are the article's own too."""

from __future__ import annotations

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_OUR_NAME = lazy_pattern(
    r"\b(?:[Uu]s|[Ww]e|[Ww]e[’'](?:ve|d|re))(?:[ ]all)?[ ]"
    r"(?:(?!\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Yy]ou|[Ww]ho)\b|[A-Z])[^.!?“”\"]){0,30}?"
    r"(?:\brefer(?:r(?:ing|ed))?[ ]to[ ](?:it|them|the[ ][a-z]+)[ ]as|\bcall(?:ing|ed)?"
    r"(?:[ ](?:it|them))?|\b(?:dubb|nicknam)(?:ing|ed)[ ](?:it|them))[ ]"
    r"(?:[“\"‘'][^“”\"\n]{1,40}[”\"’'],?[ ](?:and[ ]|or[ ])?)*[“\"‘']$"
)
""""We"/"us" naming a thing, then its names in marks up to this one. Another subject between
("Vale told us she'd call it “...”") makes "us" the one told, not the namer."""
_REACH = 160
_OUR_WORDS = lazy_pattern(
    r"\b[Ww]e[ ](?:(?:had|have|previously|earlier|[a-z]+ly)[ ])?"
    r"(?:said|wrote|reported|stated|described)[ ]"
    r"(?:(?!\b(?:[Hh]e|[Ss]he|[Tt]hey|I|[Yy]ou|[Ww]ho|said|says|told|tells|wrote|writes)\b)"
    r"[^.!?:;“”\"]){0,80}[“\"‘']$"
)
"""The article's own earlier words, quoted back in a correction ("in our 09:12 post we said Ada
Vale was cast “...”", "we incorrectly said"): the writer's words, no one's quote; another sayer
between ("we said Vale told us “...”") leaves the marks to them."""
OWN_WORDS = "the article's own earlier words, no one's quote"


def held_if_our_name(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its marks hold a name "we" give a thing (see :data:`_OUR_NAME`)."""
    if not fact.served or not quote.closed:
        return fact
    if _OUR_NAME.search(text, max(quote.start - _REACH, 0), quote.start) is None:
        return fact
    return held(fact, NAME_IN_MARKS)


def held_if_our_words(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when "we" said or wrote its words (see :data:`_OUR_WORDS`)."""
    if not fact.served or fact.attribution:
        return fact
    if _OUR_WORDS.search(text, max(quote.start - _REACH, 0), quote.start) is None:
        return fact
    return held(fact, OWN_WORDS)
