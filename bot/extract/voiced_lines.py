"""Words no one is named to say, voiced by a part in the work: its line, not a quote.

A round-up or a review tells a scene and gives the part's words with no one to say them:
- a part's possessive right before the marks: "Marlo's “I'll wait by the gate” is already on
  mugs" (no saying verb nor an event in the sentence before the words, nor a saying verb
  right after them);
- a part speaking in a gerund right before the words: "she steals the teaser, sighing “Not
  another wedding”", "Dessa asking Orvo whether he is “...”";
- a line or a moment the part delivers: "the keeper delivers the film's best moment: “...”".

Only a quote credited to no one is held; one with a speaker is left as it was.
"""

from __future__ import annotations

from bot.extract.part_lines import held_line
from bot.extract.quote_checks import faceless
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_POSSESSED = lazy_pattern(r"\b[A-Z][a-z]+[’']s[ ]$")
"""A name's possessive right before the opening mark: "Marlo's “"."""
_GERUND = lazy_pattern(
    r"\b(?:deadpanning|sighing|snapping|whispering|muttering|hissing|quipping|pleading|"
    r"asking(?:[ ][A-Z][a-z]+)?[ ](?:whether|if)[ ](?:he|she|they)[ ](?:is|are|was|were))[ ]$"
)
"""A part speaking in a gerund, then the words: "sighing “", "asking Orvo whether he is “"."""
_DELIVERS = lazy_pattern(
    r"\b(?:delivers|delivered|gets|got)[ ](?:the|its|the[ ][a-z]+[’']s)[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:moment|line)[ ]*[:,–—][ ]*$"
)
"""A part delivering a moment or a line, then the words: "delivers the film's best moment: “"."""
_OFF_SCREEN = lazy_pattern(
    r"\b(?:said|says|told|tells|wrote|writes|posted|added|adds|panel|interview|premiere|crowd|"
    r"audience|stage|podcast)\b"
)
"""A saying verb or an event, before the words or just after them: a person's own words ("the
laugh at the panel was Harlin's “...,” which she told the crowd")."""
_REACH = 60
_AFTER = 40


def held_if_voiced(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when no one says it and the words before give it to a part's voice."""
    if not fact.served or not faceless(fact):
        return fact
    sentence = doc.sentence_at(quote.start).start
    start = max(sentence, quote.start - 1 - _REACH)
    before = doc.masked[start : max(start, quote.start - 1)]
    if _GERUND.search(before) or _DELIVERS.search(before):
        return held_line(fact)
    if _POSSESSED.search(before) and not (
        _OFF_SCREEN.search(doc.masked, sentence, quote.start)
        or _OFF_SCREEN.search(doc.masked, quote.end, quote.end + _AFTER)
    ):
        return held_line(fact)
    return fact
