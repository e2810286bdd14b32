"""An unnamed poster named at once by a handle is the handle: "A user called @x had a note:
“...”", "Another fan, @x on X, posted ... “...”", "One viewer posted on X as @x: “...”".

The handle names the one who posted; the role words before it ("a user", "another fan") only
introduce it, and "called" there names, it does not say.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_CALLED_WHAT = r"(?:a|an|the|out|back|up|his|her|their|its|my|our|your)"
"""What follows a handle that "called" has as its object ("called @x out", "called @x a liar"):
the one posting called the handle something, so the handle is not the poster's name."""
_POSTED_AS = (
    r"[ ](?:posted|posting|posts|wrote|writing|writes|tweeted|tweeting|tweets|commented|replied"
    r"|known|going)(?:[ ]on[ ][A-Z][\w-]*)?[ ](?:as|(?:by|under)[ ]the[ ](?:handle|name))[ ]"
)
"""A label's own verb of posting, then the name it posts under: "posted on X as ", "known as "."""
_HANDLE_AFTER = lazy_pattern(
    rf"(?:[ ](?:called|named)[ ]|,[ ]|{_POSTED_AS})(?P<handle>(?:@|u/)[\w.-]*\w)"
    rf"(?!\w|[ ]{_CALLED_WHAT}\b)(?:[ ]on[ ][A-Z][\w-]*)?(?=[,;:]|[ ][a-z])"
)
"""A handle right after a label, given as its name ("called @x", "posted on X as @x") or apposed
("a fan, @x on X,")."""


def handle_sayer(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to the handle that names its unnamed poster (see above)."""
    if fact.source is not SourceKind.UNNAMED or not fact.speaker or not fact.attribution:
        return fact
    sentence = doc.sentence_at(quote.start)
    at = doc.text.find(fact.attribution, sentence.start, quote.start)
    label = doc.text.find(fact.speaker, at, quote.start) if at >= 0 else -1
    if label < 0:
        return fact
    named = _HANDLE_AFTER.match(doc.text, label + len(fact.speaker), quote.start)
    if named is None:
        return fact
    return replace(fact, speaker=named["handle"], source=SourceKind.ORGANISATION)
