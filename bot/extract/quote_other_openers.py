"""A quotation that opens on the other sex's pronoun is about the one just named, not theirs.

In "Ada Vale joins the cast as the new teacher. “She walked in and owned it,” he says." the
"he" cannot be Vale: the quotation's opening "She" stands for the one person the sentence
before names, so the words are someone else's about her. The pronoun resolver, blind to sex,
finds Vale all the same. With no "her" or "she" of anyone else in that sentence (in "Reed
cast her. “She was ready,” he says." the "She" is the one "her" stands for, and the "he" may
well be Reed), the speaker the pronoun found is the quotation's subject, and the piece's own
subject (not named there) speaks instead. With no such subject the credit stands: an actor on
a part of the other sex ("Vale plays the harbour master. “He is ...,” she says") is no case.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.interview_answers import mentions
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact

_OPENER = lazy_pattern(r"(?P<pronoun>She|He)(?:[’'](?:d|s|ll)|[ ][a-z]+)\b")
"""The quotation's first word a subject pronoun: "She walked", "He’d say", "She's"."""
_OTHER_WORDS = {
    "she": lazy_pattern(r"\b(?:she|her|hers|herself)\b", re.I),
    "he": lazy_pattern(r"\b(?:he|him|his|himself)\b", re.I),
}
_OTHER = {"he": "she", "she": "he"}


def opener_spoken_of(
    doc: Doc,
    resolver: Resolver,
    quote: Quote,
    fact: QuoteFact,
    *,
    pronoun: str,
    genders: dict[str, str],
) -> QuoteFact | None:
    """``fact`` re-credited when its ``pronoun`` ("he") found the one the words open on as the
    other ("She ..."), the only person the sentence before names; None when it does not apply.
    ``genders`` holds the pronoun each earlier speaker was quoted by."""
    opener = _OPENER.match(fact.text)
    if opener is None or _OTHER.get(pronoun) != opener["pronoun"].lower():
        return None
    sentence = doc.sentence_at(quote.start)
    if sentence.start == 0:
        return None
    before = doc.sentence_at(sentence.start - 1)
    text = doc.masked[before.start : min(before.end, quote.start)]
    if not mentions(fact.speaker, text) or _OTHER_WORDS[opener["pronoun"].lower()].search(text):
        return None
    others = (n for n in resolver.people.ordered() if n != fact.speaker)
    if any(mentions(name, text) for name in others):
        return None  # two people before the words: which one the "She" is, we cannot tell
    subject = resolver.profiled()
    if subject is None or subject.name == fact.speaker or mentions(subject.name, text):
        return None  # the one found may be the "She"'s player ("“He is ...,” she says")
    if genders.get(subject.name) not in (None, pronoun):
        return fact.unattributed()
    return replace(fact, speaker=subject.name)
