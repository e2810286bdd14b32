"""A podcast or panel write-up's host asks and its subject answers: "Ombry asked whether Quorley
still owned a prop. She said a kettle went home with her. / “Do not tell,” she laughed." A bare
"he replied" or "she laughed" (or a quotation after a bare "He doesn't dodge.") that a pronoun
resolver gives to the one who asked (named last, and of no known other gender) is the piece's
subject's when the headline names someone else of that pronoun; else it is held as no one's.
The asker is whoever the article has "asked", "pressed" or "quizzed" by surname before the
quote, an aside between name and verb or not."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.speakers import Resolver
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind

_BARE = re.compile(r"(?P<pronoun>[Hh]e|[Ss]he)[ ][a-z]+$")
"""A bare pronoun attribution: "he replied", "She laughed" (opening a sentence)."""
_LEAD = re.compile(r"[ ]?(?P<pronoun>He|She)[ ][a-z’']+")
"""A sentence before the quote that opens on a bare pronoun: "He doesn’t dodge. “...”"."""
_ASKS = r"(?:asked|asks|pressed|quizzed)[ ](?:whether|if|about|him|her)\b"
_ASK_VERBS = ("asked ", "asks ", "pressed ", "quizzed ")
_ASIDE = r"(?:,[^,.;“”]{1,80},|[ ][—–][^—–.;“”]{1,80}[—–])?"
"""An aside between the asker and the verb: "Ombry, never one to let a guest off lightly, asks"."""


def _asked(doc: Doc, name: str, before: int) -> bool:
    """``name`` (by surname or in full) asked someone a question before ``before``."""
    last = name.rsplit(" ", 1)[-1]
    if doc.masked.find(last, 0, before) < 0 or not any(
        doc.masked.find(verb, 0, before) >= 0 for verb in _ASK_VERBS
    ):
        return False  # the words the pattern needs are not there: no pattern to compile
    asks = rf"(?<![\w’'-]){re.escape(last)}{_ASIDE}[ ]{_ASKS}"
    return re.search(asks, doc.masked[:before]) is not None


def _lead(doc: Doc, quote: Quote) -> re.Match[str] | None:
    """The bare pronoun opening the sentence just before ``quote`` in its paragraph, when the
    quotation opens its own sentence."""
    sentence = doc.sentence_at(quote.start)
    if quote.start - sentence.start > 1 or sentence.start == 0:
        return None
    before = doc.sentence_at(sentence.start - 1)
    if before.start >= sentence.start or before.para != sentence.para:
        return None
    return _LEAD.match(doc.masked, before.start)


def host_answer(
    doc: Doc, resolver: Resolver, quote: Quote, fact: QuoteFact, genders: dict[str, str]
) -> QuoteFact:
    """``fact`` credited to the piece's subject, not the host who asked (see above)."""
    if fact.source is not SourceKind.PERSON or not fact.speaker:
        return fact
    bare = _BARE.fullmatch(fact.attribution) if fact.attribution else _lead(doc, quote)
    if bare is None or not _asked(doc, fact.speaker, quote.start):
        return fact
    pronoun = bare["pronoun"].lower()
    if genders.get(fact.speaker, pronoun) != pronoun:
        return fact
    subject = resolver.profiled()
    if subject is None or subject.name == fact.speaker:
        return fact
    if genders.get(subject.name) == pronoun:
        return replace(fact, speaker=subject.name)
    return fact.unattributed()
