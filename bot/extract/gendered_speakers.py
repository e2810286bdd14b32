"""A company, or a crowd, is never "she" or "he".

When the words right after a quotation give its speaker as a pronoun ("“Not yet,” she says."),
whoever speaks is a person. Should the pronoun fail to find one and the credit fall to a
company the sentence before names ("Harrowgate Films says that was never the plan. ... “No,”
she says."), the company is the wrong speaker: the words are credited to no one rather than
to it. So too a crowd told in the plural ("audiences, many of them Tidewrack fans"): "he
says" is one person's words, never the crowd's. The pronoun may come before the words too
("what she calls “...”"): an attribution that opens with "she" or "he" names a person.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.plural_subjects import plural_group
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_GENDERED_AFTER = lazy_pattern(rf"[,.!?]?[ ]*(?:she|he)[ ](?:[a-z]+ly[ ])?{SPEECH_VERBS}\b")
_GENDERED_ATTRIBUTION = lazy_pattern(r"(?:[Ss]he|[Hh]e)[ ][a-z]")
"""An attribution whose subject is a gendered pronoun: "she calls", "he told the crowd"."""


def ungendered(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to no one when a company or a crowd speaks as "she" or "he"."""
    if not fact.served or not (
        fact.source is SourceKind.ORGANISATION
        or (fact.source is SourceKind.UNNAMED and plural_group(fact.speaker))
    ):
        return fact
    if (
        _GENDERED_AFTER.match(doc.text, quote.end + 1) is None
        and _GENDERED_ATTRIBUTION.match(fact.attribution) is None
    ):
        return fact
    return fact.unattributed()
