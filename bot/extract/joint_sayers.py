"""Two people as one sentence's subject share what follows: "A (Nell) and B (Tam) posted a
joint photo with the caption “...”" is not A's alone, nor B's.

A sentence that opens on two named people and a verb gives its words to neither, unless it gives
one quotation to each in order ("A and B posted the same photo with the captions ‘x’ and ‘y’":
‘x’ is A's, ‘y’ is B's). A name or a pronoun between the pair and the words is another subject
("A and B arrived, and B said") and leaves the words to the rules that read it, as does a
sayer named right after the words ("“...”, B says") or a full stop between. Words shared and given
to neither are held: no one is named to say them, so they are not served as anyone's, nor as
no one's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.names import NAME
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind, held
from bot.lazy_patterns import lazy_pattern

_ASIDE = r"(?:[ ]\([^()“”\"]{1,40}\))?"
_PAIR = lazy_pattern(
    rf"[ ]*(?:[-–•*][ ]+)?(?P<a>{NAME}){_ASIDE}[ ]and[ ](?P<b>{NAME}){_ASIDE}"
    r"(?:,[^,;:“”\"]{1,120},)?[ ](?:[a-z]+ly[ ])?[a-z]+\b"
)
"""A sentence's opening pair and its verb ("Ada Vale (Nell) and Tom Reed, who play ..., posted")."""
_OTHER_SUBJECT = lazy_pattern(r"\b(?:he|she|they|[A-Z][\w’'-]+[ ](?:says|said|adds|added))\b")
_SAYER_AFTER = lazy_pattern(
    rf"\W{{0,5}}?(?:(?:{NAME}|he|she)[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}|{SPEECH_VERBS}[ ]{NAME})\b"
)
"""A sayer named right after the words ("“...”, Vale says", "», said Reed")."""
_STOP = lazy_pattern(r"[.!?][ ]")
_EACH = lazy_pattern(r"[ ]and[ ]")
"""What stands between two quotations given one each ("‘x’ and ‘y’")."""


def joint_sayer(doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` given to neither of a sentence's two subjects, or to each in order (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.served or not fact.speaker:
        return fact
    sentence = doc.sentence_at(quote.start)
    pair = _PAIR.match(doc.masked, sentence.start, quote.start)
    if pair is None:
        return fact
    people = resolver.people
    first, second = people.resolve(pair["a"]), people.resolve(pair["b"])
    if first is None or second is None or first == second or fact.speaker not in (first, second):
        return fact
    between = doc.masked[pair.end() : quote.start]
    if _OTHER_SUBJECT.search(between) or any(n.split()[-1] in between for n in (first, second)):
        return fact  # "A and B arrived, and B said": the words have a subject of their own
    if _STOP.search(between) or _SAYER_AFTER.match(doc.masked, quote.end):
        return fact  # "A and B met “...”, B says": the sayer comes after the words
    own = [q for q in doc.quotes if sentence.start <= q.start < sentence.end]
    if len(own) == 2 and _EACH.fullmatch(doc.text, own[0].end + 1, own[1].start - 1):
        speaker = first if quote.start == own[0].start else second
        return replace(fact, speaker=speaker)
    return held(fact.unattributed(), "words two named subjects share, neither's alone")
