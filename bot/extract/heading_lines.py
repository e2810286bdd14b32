"""Words no one is named to say that the article's shape gives to a part in the work.

- a part of an actor's, as the subject of a saying verb, right before the words: "Ada Vale's
  Marlo tells Ivo Reed's Dessa, “...”" (the actor's full name, then the part's one name);
- a numbered heading that is nothing but words in marks, the paragraph under it opening on
  whose line it is: "4. “Is the tide on our side?”" then "That's Marlo's voiceover over ...".

Only a quote credited to no one is held; one with a speaker is left as it was.
"""

from __future__ import annotations

from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_ACTORS_PART_SAYS = lazy_pattern(
    r"\b[A-Z][\w-]+[ ][A-Z][\w-]+[’']s[ ][A-Z][a-z]+[ ]"
    r"(?:tells|told|says|said|asks|asked|whispers|whispered|snaps|snapped)\b"
    r"(?:[ ][A-Z][\w-]+[ ][A-Z][\w-]+[’']s[ ][A-Z][a-z]+)?[ ]*,?[ ]*$"
)
"""An actor's part saying the words: "Ada Vale's Marlo tells Ivo Reed's Dessa, “"."""
_NUMBERED = lazy_pattern(r"[0-9]{1,2}[.)][ ]+[“\"‘']?$")
"""A numbered heading's number right before the opening mark: "4. “"."""
_WHOSE_LINE = lazy_pattern(
    r"(?:That|This)(?:[’']s|[ ]is|[ ]was)[ ][A-Z][\w-]*[’']s\b"
    r"|[A-Z][\w-]*[’']s[ ](?:[a-z-]+[ ])?(?:voiceover|voice-over|line|narration)\b"
)
"""The next paragraph naming whose the words are: "That's Marlo's voiceover", or opening on
them as a part's line ("Marlo's voiceover line, over a shot of the pier, ...")."""
_REACH = 80


def _numbered_heading(doc: Doc, quote: Quote) -> bool:
    """The quote is a whole numbered heading, and the paragraph under it says whose it is."""
    para = doc.paras[quote.para]
    if not _NUMBERED.fullmatch(doc.text[para.start : max(para.start, quote.start - 1)]):
        return False
    if doc.text[quote.end : para.end].strip(" ”\"’'.!?") or quote.para + 1 >= len(doc.paras):
        return False
    under = doc.paras[quote.para + 1]
    return _WHOSE_LINE.match(doc.text, under.start) is not None


def held_if_heading_line(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when an actor's part says it, or it heads a numbered item given to a
    part."""
    if not fact.served or not faceless(fact):
        return fact
    sentence = doc.sentence_at(quote.start).start
    before = doc.masked[max(sentence, quote.start - 1 - _REACH) : max(sentence, quote.start - 1)]
    if _ACTORS_PART_SAYS.search(before) or _numbered_heading(doc, quote):
        return held_line(fact)
    return fact
