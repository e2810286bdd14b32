"""Words someone only might say: "there's no drawing that people can hold up and say, ‘...’",
"fans might ask, “...”". A modal of what may be before the speech verb that opens the quotation
makes the words imagined (an interview answer or an opinion piece pictures them), not anything
said; a speaker named earlier in the sentence ("Ada wrote her for the film, so ...") never said
them. So are the words a page asks readers not to post ("please read it before asking “...”").
"Would" and "will" are left out: "he would only say: “...”" reports words said; words foreseen
with "will" are held only when no one was found to say them."""

from __future__ import annotations

from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_IMAGINED = lazy_pattern(
    r"\b(?:can|could|might|may|should)[ ](?:(?!only[ ])[a-z]+[ ]){0,4}?"
    r"(?:say|ask|tell[ ][a-z]+|go|think|shout|scream|write)[ ]?[,:]?[ ]*[“\"‘']$"
)
_FORESEEN = lazy_pattern(
    r"\b(?:will|[’']ll|(?:is|are)[ ](?:going|bound|sure)[ ]to)[ ]"
    r"(?:(?:probably|doubtless|undoubtedly|surely|no[ ]doubt)[ ])?"
    r"(?:say|tell[ ]you|argue|insist|claim|point[ ]out)\b"
    r"(?![ ](?:only|nothing|little|this|that:|so|no|more)\b)"
    r"(?:[ ][^.!?;“”\"‘\n]{1,60}?)?[ ]?[,:]?[ ]*[“\"‘']$"
)
"""Words foreseen, credited to no one: "I know the schedulers will say a Tuesday is “...”",
"critics are bound to argue it is “...”": what someone will say, not anything said yet. Only
words no one was found to say are held: "she will say this: “...”" and "he'll tell you, “...”"
report what a named speaker says, and so are left to whoever says them."""
_ANY_SUCH = lazy_pattern(
    r"(?:^|[.!?:][ ]+|\n|\b(?:[Aa]ny|[Aa]ll|[Nn]o|[Ff]urther|[Mm]ore)[ ])"
    r"(?:(?:[Pp]osts|[Cc]omments|[Tt]hreads|[Qq]uestions|[Rr]eplies|[Mm]essages)[ ]"
    r"(?:asking|saying|claiming|demanding)|[Aa]nyone[ ](?:asking|saying|posting))"
    r"(?:[ ](?:if|whether))?[ ]?[,:]?[ ]*[“\"‘']$"
)
"""Words any post of a kind might hold, told as a rule of the page ("Posts asking “...” will be
removed", "Anyone saying “...” gets a ban"): a kind of post a moderator has in mind, not any
one post's words."""
_ASKED_AFTER_RULE = lazy_pattern(
    r"\b(?:[Pp]lease|[Kk]indly)[ ](?:[^.!?;“”\"]{1,80}[ ])?(?:before|without|instead[ ]of)[ ]"
    r"(?:asking|posting|saying)(?:[ ](?:if|whether))?[ ]?[,:]?[ ]*[“\"‘']$"
)
"""Words a reader is asked not to post yet, told as a request of the page ("please read the
FAQ before asking “...”", "Please search first instead of posting “...”"): any reader's words,
never one post's."""
_REACH = 80


def held_if_imagined(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a modal speech verb opens its quotation, or a kind of post no one
    wrote yet does (see above)."""
    if not fact.served or quote.start < 2:
        return fact
    window = (max(quote.start - _REACH, 0), quote.start)
    if fact.source is SourceKind.UNATTRIBUTED and _FORESEEN.search(text, *window) is not None:
        return held(fact, "words someone will say, not anything said")
    if (
        _IMAGINED.search(text, *window) is None
        and _ANY_SUCH.search(text, *window) is None
        and _ASKED_AFTER_RULE.search(text, max(quote.start - _REACH * 2, 0), quote.start) is None
    ):
        return fact
    return held(fact.unattributed(), "words someone might say, not anything said")
