"""Words in marks that the next sentence says are a part's line: the work's words, not a quote.

"The studio posted the last frame with the words: “Come home, Pell.” Fans noted the line is
Ada's in the film itself." says whose line the words are in the story: whoever posts them, they
are a line of the work, not something the poster says. Only the sentence straight after the
words counts, and only "the line" owned by a capitalised name ("the quote is Ada's" may say who
spoke it to the press). So too a sentence next after the one the words end, perhaps a reply
on the next line, that says the line comes from the work or its footage ("That line is from the
trailer", "the line was in the film too", "It is a line from Harbour Lights"): the work's words,
whoever a fan credits them to or a profile's subject says them. So too words a line of the work
leads straight into ("a poster captioned with a line from the film, “...”").
"""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote, Span
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_LINE_OWNED = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)[ ]line[ ](?:is|was)[ ](?:actually[ ]|really[ ]|originally[ ])?"
    r"[A-Z][\w-]*[’']s\b(?![ ]own[ ]words)(?![ ](?!(?:in|from|on|at|to|and|too)\b)[a-z])"
)
"""The line said to be a name's: "the line is Ada's", "That line was actually Pell's in the
film"; not a possessive before a noun ("That line was Vale's favourite": liked, not owned)."""
_LINE_FROM_WORK = lazy_pattern(
    r"\b(?:[Tt]he|[Tt]hat|[Tt]his)[ ](?:line|quote|bit|exchange)[ ](?:(?:is|was|[’']s)[ ]"
    r"(?:also[ ]|actually[ ]|originally[ ]|straight[ ])?(?:from|in)|(?:actually[ ])?"
    r"(?:comes|came)[ ](?:straight[ ])?from)[ ](?:the|this|that)[ ](?:[a-z]+[ ])?"
    r"(?:trailer|teaser|clip|film|movie|show|series|episode|finale|script|book)(?![\w’'-])"
    r"|\b(?:It|That|This)(?:[ ](?:is|was)|[’']s)[ ](?:also[ ]|actually[ ])?(?:a|the)[ ]"
    r"(?:[a-z]+[ ]){0,2}?(?:(?:line|lyric)[ ](?:from|in)[ ][A-Z][\w-]*(?:[ ](?:[A-Z][\w-]*|of|"
    r"the|and))*(?![\w’'-]|[ ][A-Z])|(?:line|lyric|quote)[ ](?:from|in)[ ](?:the|this|that|its)[ ]"
    r"(?:[a-z]+[ ])?(?:trailer|teaser|clip|film|movie|show|series|episode|finale|script|book|play)"
    r"(?![\w’'-]))"
)
"""The line said to come from the work or its footage: "That line is from the trailer", "the
quote comes from the teaser"; not from someone of the work ("the quote is from the film's
director": said to the press); or the words said to be a line from a title or the work ("It is
a line from Harbour Lights"): whoever says them, they are not the sayer's own. A "quote from"
a name is a person's ("That is a quote from Ada Vale"), and a name that owns ("a line from Ada
Vale's diary") tells no title."""
_CALLED_A_LINE = lazy_pattern(
    r"(?:It|That|This)(?:[ ](?:is|was)|[’']s)[ ](?:also[ ]|already[ ]|easily[ ])?(?:a|the)[ ]"
    r"(?:(?:kind|sort|type)[ ]of[ ]|(?!same[ ])(?:[\w’'-]+[ ]){0,2}?)(?:line|tagline)"
    r"(?![\w’'-]|[ ](?:of|from|in)[ ](?:his|her|their|my|our|an?|(?:[A-Z][\w-]*[ ]){0,3}"
    r"[A-Z][\w-]*[’']s)[ ]|[ ](?:he|she|they|I|we)[ ])"
)
"""A next sentence that opens by calling the words a line or a tagline ("It is the kind of line
that would sink a lesser film", "It's the show's tagline"): a line of the work; not one of
someone's speeches ("It was the closing line of her speech", "a line from Ada Vale's diary") nor
one a sayer used ("It is the same line she gave the press")."""
_LINE_OF_WORK_BEFORE = lazy_pattern(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)[ ](?:[a-z]+[ ]){0,2}?(?:line|lyric|quote)[ ](?:from|of)[ ]"
    r"(?:the|this|its)[ ]"
    r"(?:[a-z]+[ ])?(?:film|movie|show|series|episode|finale|trailer|teaser|script|book|play)"
    r"[ ]*[,:]?[ ]*$"
)
"""A line of the work named straight before the words: "captioned with a line from the film,
“", "a quote from the trailer: “"; not a line from someone ("a line from the director:" is a
remark to the press)."""
_REACH = 60
_NEXT_SENTENCE = lazy_pattern(r"[”\"’']?[ ]*(?P<next>[A-Z][^.!?“”\"]{0,160})")


def held_if_line_owned_after(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when the sentence after its words owns them to a name (see above)."""
    if not fact.served or fact.continues_previous or not quote.closed:
        return fact
    opens = max(quote.start - 1, 0)
    following = _sentence_after(doc, quote)
    if (
        (following is not None and _LINE_FROM_WORK.search(doc.text, following.start, following.end))
        or (following is not None and not fact.fragment and _called_a_line(doc, following))
        or _LINE_OF_WORK_BEFORE.search(doc.text, max(opens - _REACH, 0), opens)
    ):
        return held_line(fact)
    text = doc.text[quote.start : quote.end].rstrip()
    if not text.endswith((".", "!", "?")):
        return fact
    para = doc.paras[quote.para]
    after = _NEXT_SENTENCE.match(doc.text, quote.end, para.end)
    if after is None or _LINE_OWNED.search(after["next"]) is None:
        return fact
    return held_line(fact)


def _sentence_after(doc: Doc, quote: Quote) -> Span | None:
    """The sentence after the one the words end in, here or in the next paragraph, with no other
    quotation between, which may say the line comes from the work (see above)."""
    at = bisect_right(doc.sentences, quote.end, key=attrgetter("start"))
    if at >= len(doc.sentences):
        return None
    after = doc.sentences[at]
    if after.para > quote.para + 1:
        return None
    if any(quote.end < other.start < after.end for other in doc.quotes):
        return None
    return after


def _called_a_line(doc: Doc, after: Span) -> bool:
    """Whether ``after`` opens by calling the words a line (:data:`_CALLED_A_LINE`); asked only
    of whole words, since a few words reported mid-clause ("she wanted to make “...”. It is a good
    line.") are a remark to the press, however the writer rates them."""
    return _CALLED_A_LINE.match(doc.text, after.start, after.end) is not None
