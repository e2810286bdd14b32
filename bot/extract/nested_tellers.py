"""A line quoted inside another's quotation, told as someone else's speech.

"‘She’d lean back and say “Again, slower,” and we’d go again,’ he says": the inner words
are the one the outer speaker tells of, never the outer speaker's own. When the outer words
just before the inner marks end on a speech verb whose subject is a third person's pronoun ("she
would say"), the inner line cannot take the outer quotation's speaker. A named subject ("Mara
said") is left to the rules that credit the inner line to that name.
"""

from __future__ import annotations

from bot.extract.quote_chains import Placed
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_OTHERS_SPEECH = lazy_pattern(
    r"(?:^|[.!?;][ ]+|,[ ]+(?:and|then|but)[ ]+)(?:He|She|They)(?:[’'](?:d|s|ll))?\b"
    r"(?:[ ](?![Ii]\b|[Ww]e\b)[\w’'-]+){0,10}?[ ]"
    r"(?:say|said|says|saying|tell|told|tells|ask|asked|asks|go|went|goes|shout|shouted|"
    r"yell|yelled|whisper|whispered)(?:[ ](?:me|us|him|her|them|to[ ]me|to[ ]us))?"
    r"(?:[ ](?:something|things)[ ]like)?[,:]?[ ]*$"
)
"""The outer words' last clause before the inner marks: a third person, then their speech verb."""


def inside_others_speech(doc: Doc, previous: Placed | None, quote: Quote, fact: QuoteFact) -> bool:
    """``fact``, the words of ``quote`` inside the quotation ``previous``, took the outer
    speaker though the outer words tell them as another's speech."""
    if previous is None or not fact.speaker or fact.speaker != previous.fact.speaker:
        return False
    outer = previous.quote
    if not outer.start < quote.start < outer.end:
        return False
    return _OTHERS_SPEECH.search(doc.text[outer.start : quote.start - 1]) is not None
