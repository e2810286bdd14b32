"""Words a script gives a part, or a take repeats: the work's line, no one's quote.

A set visit or a preview reads the page it is shown: "The script page I was shown has Mira
saying, “...”", "the screenplay gives her the line: “...”", "the call sheet has Orvo ask “...”".
The words are written for a part, so no one is quoted saying them to the press, whoever the name
was taken for. So are words an actor must say for take after take: "Ada Vale has to say “...”
nine times, because a gull keeps landing in shot" is a line of the scene being shot, not a remark.
The script needs its noun in the sentence before the marks; the take needs its count or its
repetition right after them ("“...” to a reporter" stays a remark).
"""

from __future__ import annotations

from bot.extract.part_lines import held_line
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_WHO = r"(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?|him|her|them)"
"""The part a script gives the words: a name, or a pronoun for one."""
_SCRIPT_GIVES = lazy_pattern(
    r"\b(?:script|scripts|screenplay|teleplay|page|pages|call[ ]sheet|sides)\b"
    r"[^.!?“”\"]{0,60}?\b(?:has|had|gives|gave)[ ]"
    rf"(?:{_WHO}[ ](?:saying|say|asking|ask|telling[ ]\w+|tell[ ]\w+|whispering|shouting)"
    rf"|{_WHO}[ ](?:the|a|one)[ ](?:[a-z]+[ ])?line)[ ]*[,:]?[ ]*$"
)
"""A script, a page of one or a call sheet, then whom it gives the words, straight into the
marks: "the script page has Mira saying, “", "the screenplay gives her the line: “"."""
_MUST_SAY = lazy_pattern(
    r"\b(?:has|had|have|needs|needed)[ ]to[ ](?:say|deliver|repeat|shout|whisper|yell)"
    r"[ ]*[,:]?[ ]*$"
)
"""An actor bound to say the words, straight into the marks: "has to say “"."""
_TAKES = lazy_pattern(
    r"[,.!?]?[ ]+(?:(?:[a-z]+|\d+|a[ ]dozen)[ ]times|for[ ]every[ ]take|in[ ]every[ ]take|"
    r"take[ ]after[ ]take|again[ ]and[ ]again|over[ ]and[ ]over)\b"
)
"""Right after the words, how often they are said for the camera: " eleven times", " take after
take"."""
_REACH = 160


def held_if_script_given(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a script gives its words to a part, or an actor must say them for
    take after take (see above)."""
    if not fact.served or fact.continues_previous:
        return fact
    sentence = doc.sentence_at(quote.start)
    opens = max(quote.start - 1, sentence.start)  # the opening mark
    start = max(opens - _REACH, sentence.start)
    if _SCRIPT_GIVES.search(doc.text, start, opens) is not None:
        return held_line(fact)
    if _MUST_SAY.search(doc.text, start, opens) is None or not quote.closed:
        return fact
    after = _TAKES.match(doc.text, quote.end + 1, doc.paras[quote.para].end)
    return fact if after is None else held_line(fact)
