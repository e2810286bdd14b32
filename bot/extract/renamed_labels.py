"""A new name given to a thing, in marks: "the crew's group chat has been renamed “the tea
tent”", "the album was retitled “Pewter Weather”", "they rebranded the café as “Ada's”". The words
are the thing's name now, not anything someone said; whoever the sentence is about only named
it, so the words are held whatever speaker the sentence seems to give.

Only a renaming verb right before the marks (perhaps with "it", "them", "as" or "to") counts,
and only words of a name's length: "she renamed the feeling: “...”" with a colon, or a long
sentence in marks, stays the sayer's words.
"""

from __future__ import annotations

from bot.extract.called_names import NAME_IN_MARKS
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_RENAMED = lazy_pattern(
    r"\b(?:renam|retitl|rebrand|rechristen)(?:ed|es|e|s|ing)?"
    r"(?:[ ](?:it|them|him|her))?[ ](?:as[ ]|to[ ])?$"
)
"""A renaming verb, perhaps with its object pronoun and "as" or "to", right before the marks."""
_REACH = 30
_NAME_WORDS = 5


def held_if_renamed(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its few words in marks follow a renaming verb: a name, not a quote."""
    if not fact.served or len(fact.text.split()) > _NAME_WORDS:
        return fact
    opens = max(quote.start - 1, 0)
    if _RENAMED.search(text, max(opens - _REACH, 0), opens) is None:
        return fact
    return held(fact, NAME_IN_MARKS)
