"""A line people go around quoting: "if you have spent the month quoting “...” at your
friends", "half the country is still quoting ‘...’", "fans keep reciting “...”". The words are a
line of the work or a catchphrase that readers repeat, not anything said to the writer by the
ones repeating it; credited to no one the article describes, they are held. "quoting her nan:
“...”" names whose words they are and is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import HELD, QuoteFact

_REPEATING = re.compile(r"\b(?:quoting|reciting|parroting)[ ]*[“\"‘']?$")
"""A verb of repeating someone else's words right before the marks."""
_REACH = 16


def held_if_catchphrase(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when a verb of repeating words leads straight into its marks."""
    if not fact.served or not faceless(fact):
        return fact
    if _REPEATING.search(text, max(quote.start - _REACH, 0), quote.start) is None:
        return fact
    return replace(fact, confidence=HELD, doubt="a line people repeat, no one's quote")
