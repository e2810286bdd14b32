"""A reply to a line of the work: the work's line too, not anyone's quote.

A trailer round-up gives one part's line, then the answer another part makes: "Dessa asks him
over the radio, “Are you coming back?” Marlo’s reply: “Not this winter.”" Once the first words
are held as spoken in the work, a reply told as someone's "reply", "answer" or "response" with
nothing but a colon or a dash before the words is the next line of the same scene, whether or
not the cast names the one who replies. A reply after a press quote stays as it was.
"""

from __future__ import annotations

from bot.extract.part_lines import held_line, is_work_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_REPLY_HEAD = lazy_pattern(
    r"[ “”\"‘’']*(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[’']s|(?:The|His|Her|Their))[ ]"
    r"(?:(?:only|one-word|curt|quick|deadpan)[ ])?(?:reply|answer|response|retort|comeback)"
    r"[ ]?[:–—][ ]*$"
)
"""A reply named and nothing else before the words: "Marlo’s reply: “", "His answer – “"."""


def held_as_reply(doc: Doc, quote: Quote, fact: QuoteFact, before: QuoteFact | None) -> QuoteFact:
    """``fact`` held as a line of the work when it is told as the reply to words held as one."""
    if before is None or not fact.served or not faceless(fact) or not is_work_line(before):
        return fact
    sentence = doc.sentence_at(quote.start)
    if _REPLY_HEAD.fullmatch(doc.masked, sentence.start, max(sentence.start, quote.start - 1)):
        return held_line(fact)
    return fact
