"""Two more shapes of a trailer's line, for :mod:`bot.extract.dialogue`: the work speaks the
words, not anyone to the press.

An actor set "as" a part between commas who "gets the last word" of a trailer the paragraph has
named ("The trailer landed today. ..., and Ada Vale, as Dessa, gets the last word: “...”"), and a
trailer that opens or ends on a shot while someone in it speaks ("The teaser opens on Dessa
alone on the pier as a stranger tells her, “...”"). Both tell footage in the present.
"""

from __future__ import annotations

import re

from bot.extract.names import NAME
from bot.extract.text import Doc, Quote, Span
from bot.lazy_patterns import lazy_pattern

_TRAILER = r"(?:trailer|teaser|clip|promo)"
_AS_PART_LAST_WORD = lazy_pattern(
    rf"(?<![\w’'-]){NAME},[ ]as[ ][A-Z][^,.;:“”\"]{{1,40}}?,[ ]"
    r"(?:gets|has|delivers|is[ ]given)[ ]the[ ](?:last|final|closing|first|opening|best)[ ]"
    r"(?:word|line|laugh)s?[ ]*[:,–—-]?[ ]*[“\"‘']?$"
)
"""An actor "as" a capitalised part, then the present "gets the last word" before the words;
"as host" or "as the show's producer" (lower case) is a capacity, not a part."""
_TRAILER_NAMED = lazy_pattern(rf"\b{_TRAILER}s?\b", re.IGNORECASE)
_OPENS_ON_A_SPEAKER = lazy_pattern(
    rf"\b{_TRAILER}\b[^.;“”\"]{{0,120}}?\b(?:opens|ends|closes|begins|starts|finishes)[ ]"
    r"(?:with|on)[ ][^.;“”\"]{1,160}?[ ](?:as|while|when)[ ]"
    r"(?:(?:a|an|the|his|her|their)[ ](?:[a-z-]+[ ]){0,2}?[a-z-]+"
    r"|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)"
    r"[ ](?:says|tells|asks|whispers|murmurs|warns|pleads|shouts|snaps|replies|begs)"
    r"(?:[ ](?:him|her|them))?,?[ ]*[“\"‘']?$"
)
"""A trailer opening or ending on a shot "as" someone in it speaks, in the present: "The teaser
opens on Dessa alone in a studio as a caller tells her, “"."""


def trailer_part_line(doc: Doc, sentence: Span, quote: Quote) -> bool:
    """The words of ``quote`` are a line a trailer shows a part speaking (see above)."""
    if _OPENS_ON_A_SPEAKER.search(doc.masked, sentence.start, quote.start) is not None:
        return True
    if _AS_PART_LAST_WORD.search(doc.masked, sentence.start, quote.start) is None:
        return False
    para = doc.paras[sentence.para]
    return _TRAILER_NAMED.search(doc.masked, para.start, quote.start) is not None
