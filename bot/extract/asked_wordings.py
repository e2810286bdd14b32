"""Words in marks inside a question put to someone: the asker's wording, not the answer.

A profile opens on its subject answering: "Ada Vale grins when asked how often she has been
cast as “the quiet sister”." (or "is tired of getting asked whether she is “...”"). The words
in marks belong to the question, put by someone never named (the writer); the subject says
nothing in the clause, so the words are nobody's quote and are held. A speech verb after
"asked" ("when asked whether ..., she said it was “...”") is the answer, and keeps its
speaker; a named asker ("asked by a fan whether ...") is another check's.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_ASKED = lazy_pattern(
    r"\b(?:(?:[Ww]hen|[Aa]fter|[Oo]n)[ ](?:being[ ])?asked|Asked"
    r"|(?:getting|get|gets|got|been|being)[ ]asked|(?:stop|stopped|keep|keeps|kept|quit)[ ]asking"
    r"(?:[ ](?:me|her|him|them|us))?)[ ]"
    r"(?:how|whether|if|what|why|which|who)\b"
    r"(?P<question>[^.!?;:“”\"]{0,80})[“\"‘']$"
)
"""An unnamed asker's question running into the marks: "when asked how many times she has
played “", "after being asked whether the ending was “"; at a sentence's start too ("When
asked how often ...", "Asked whether ..."); and a question put over and over by no one named
("has stopped getting asked whether she is “", "stop asking why it “")."""
_SPOKEN = lazy_pattern(rf"\b{SPEECH_VERBS}\b|,")
"""An answer begun inside the question's reach: a speech verb, or a comma closing the clause."""
_REACH = 120


def held_if_asked_wording(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its lowercase words sit in an unnamed asker's question (see above)."""
    if not fact.served or fact.continues_previous or not fact.text[:1].islower():
        return fact
    para = doc.paras[quote.para]
    asked = _ASKED.search(doc.text[max(quote.start - _REACH, para.start) : quote.start])
    if asked is None or _SPOKEN.search(asked["question"]) is not None:
        return fact
    return held(fact, "words of a question put to someone")
