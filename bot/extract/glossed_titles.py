"""A title in marks that the article glosses once in brackets ("her debut, “Nyári eső” (Summer
Rain), ...") and names again later ("the company that co-financed “Nyári eső”"): each mention
is the title, never words anyone said, so every one is held."""

from __future__ import annotations

from dataclasses import replace

from bot.extract.quote_checks import faceless
from bot.extract.text import Quote
from bot.facts import HELD, QuoteFact
from bot.lazy_patterns import lazy_pattern

_TITLE_WORDS = 5
_GLOSS = lazy_pattern(r"[ ]?\([A-Z][^()]{0,60}\)")
_OPENS_GLOSSED = lazy_pattern(
    r"(?P<title>[A-Z][^’'”\"().!?]{0,60}?)[’'”\"][ ]?\([A-Z][^()]{0,60}\)"
)
"""Marks that close on the title's own mark read as an apostrophe ("‘Dwie rzeki’ (Two Rivers).
This autumn ... ‘The Lantern Yard’"): the span opens with the title and its gloss."""


def held_if_glossed_title(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` held when its few capitalised words in marks are, somewhere in ``text``, set
    in marks with a bracketed gloss straight after them."""
    words = fact.text.strip()
    if not fact.served or not faceless(fact) or not words[:1].isupper():
        return fact
    opening = _OPENS_GLOSSED.match(words)
    if opening is not None and len(opening["title"].split()) <= _TITLE_WORDS:
        return replace(fact, confidence=HELD, doubt="a title shown in quotation marks")
    if len(words.split()) > _TITLE_WORDS or words[-1:] in ".!?,":
        return fact
    for mark in ("”", '"', "’", "'"):
        at = text.find(words + mark)
        while at >= 0:
            if _GLOSS.match(text, at + len(words) + 1):
                return replace(fact, confidence=HELD, doubt="a title shown in quotation marks")
            at = text.find(words + mark, at + 1)
    return fact
