"""A podcast or panel write-up's host asks and its subject answers: "Ombry asked whether Quorley
still owned a prop. She said a kettle went home with her. / “Do not tell,” she laughed." A bare
"he replied" or "she laughed" (or a quotation after a bare "He takes a breath.") that a pronoun
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
from bot.lazy_patterns import lazy_pattern

_BARE = lazy_pattern(r"(?P<pronoun>[Hh]e|[Ss]he)[ ][a-z]+$")
"""A bare pronoun attribution: "he replied", "She laughed" (opening a sentence)."""
_LEAD = lazy_pattern(r"[ ]?(?P<pronoun>He|She)[ ][a-z’']+")
"""A sentence before the quote that opens on a bare pronoun: "She is quiet for a moment. “...”"."""
_ASKS = r"(?:asked|asks|pressed|quizzed)[ ](?:whether|if|about|him|her)\b"
_ASK_VERBS = ("asked ", "asks ", "pressed ", "quizzed ")
_ASIDE = r"(?:,[^,.;“”]{1,80},|[ ][—–][^—–.;“”]{1,80}[—–])?"
"""An aside between the asker and the verb: "Ombry, who likes to circle back, asks", "Ombry – a
critic once – quizzed him"."""


_ASKS_AFTER = lazy_pattern(rf"{_ASIDE}[ ]{_ASKS}")
"""What follows the asker's surname: perhaps an aside, then the asking verb."""
_WORD_BEFORE = lazy_pattern(r"[\w’'-]")


def _asked(doc: Doc, name: str, before: int, start: int = 0) -> bool:
    """``name`` (by surname or in full) asked someone a question between ``start`` and
    ``before``: each place the surname stands, not inside a longer word, tried for what follows
    it."""
    text = doc.masked
    if not any(text.find(verb, start, before) >= 0 for verb in _ASK_VERBS):
        return False
    last = name.rsplit(" ", 1)[-1]
    at = text.find(last, start, before)
    while at >= 0:
        if (at == 0 or _WORD_BEFORE.match(text, at - 1) is None) and _ASKS_AFTER.match(
            text, at + len(last), before
        ):
            return True
        at = text.find(last, at + 1, before)
    return False


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
    if subject is None:  # no subject to hand it to: the asker's only when asked long before
        return fact.unattributed() if _just_asked(doc, fact, quote) else fact
    if subject.name == fact.speaker:
        return fact
    if genders.get(subject.name) == pronoun:
        return replace(fact, speaker=subject.name)
    return fact.unattributed()


def _just_asked(doc: Doc, fact: QuoteFact, quote: Quote) -> bool:
    """The speaker asked in the sentence right before ``quote``'s, and the words answer rather
    than ask ("X asks if a sequel is planned. “Ask me later,” she says."): not the asker's."""
    sentence = doc.sentence_at(quote.start)
    if sentence.start == 0 or fact.text.rstrip(" ”’\"'").endswith("?"):
        return False
    before = doc.sentence_at(sentence.start - 1)
    return before.para == sentence.para and _asked(doc, fact.speaker, quote.start, before.start)
