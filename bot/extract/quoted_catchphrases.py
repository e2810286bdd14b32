"""A line people go around repeating: "the whole office keeps repeating “...” at each other",
"half the country still quotes ‘...’", "fans keep reciting “...”", "Quoting “...” has become a
sport". The words are a line of the work or a catchphrase that readers repeat, not anything
said to the writer by the ones repeating it; credited to no one the article describes, they are
held. "quoting her nan: “...”" names whose words they are and is left alone."""

from __future__ import annotations

from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import QuoteFact, held
from bot.lazy_patterns import lazy_pattern

_REPEATING = lazy_pattern(
    r"\b(?:[Qq]uot(?:ing|es)|[Rr]ecit(?:ing|es)|[Pp]arrot(?:ing|s)?|[Rr]epeating|[Ee]choing)"
    r"[ ]*[“\"‘']?$"
)
"""A verb of repeating someone else's words right before the marks: "keep repeating “",
"still quotes ‘", "Quoting “" opening the sentence."""
_REACH = 16


def held_if_catchphrase(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a verb of repeating words leads straight into its marks."""
    if not fact.served or not faceless(fact):
        return fact
    if _REPEATING.search(text, max(quote.start - _REACH, 0), quote.start) is None:
        return fact
    return held(fact, "a line people repeat, no one's quote")
