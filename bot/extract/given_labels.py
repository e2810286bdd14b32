"""A name a thing gives itself, or a caption put on a picture, in marks: a label, not speech.

"Films that call themselves “moor gothic”" names a genre the films claim; "the internet has
captioned it “Dad has left the group”" puts words on a still: nobody the article describes
said either. "She called herself “a late bloomer”" is a person's own words and stays hers.
Held for review, never served as a quote.
"""

from __future__ import annotations

from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_SELF_NAMED = lazy_pattern(
    r"\b(?:calls?|called|calling|styles?|styled|bills?|billed|brands?|branded)[ ]"
    r"(?:itself|themselves)[ ](?:as[ ])?[“\"‘']$"
)
"""A thing's own label, straight before the marks: "call themselves “", "billed itself as “"."""
_CAPTIONED = lazy_pattern(
    r"\b(?:captions?|captioned|captioning)[ ](?:it|this|that|them|the[ ](?:still|shot|clip|"
    r"image|picture|photo|frame|gif))[ ](?:as[ ]|with[ ])?[“\"‘']$"
)
"""Words put on a picture: "captioned it “", "captioned the still with “"."""
_REACH = 40


def held_if_self_named(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its marks hold a thing's name for itself or a picture's caption."""
    if not fact.served:
        return fact
    opens = quote.start  # just past the opening mark
    window = max(0, opens - _REACH)
    if _SELF_NAMED.search(text, window, opens):
        return held(fact, "a name a thing gives itself")
    if _CAPTIONED.search(text, window, opens):
        return held(fact, "a caption on a picture")
    return fact
