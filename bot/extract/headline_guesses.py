"""A headline that offers guesses, theories or a wishlist ("Dream cast", "7 theories", "Release
date speculation"): what the article then casts or dates is not news. Read by
:func:`bot.extract.context.find_context` and :func:`bot.extract.extract_facts`.
"""

from __future__ import annotations

import re

from bot.extract.castchartplaces import headline_has
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_GUESSWORK = lazy_pattern(
    r"\b(?:guess(?:es|ing)?|predictions?|theor(?:y|ies)|wishlist|wish[ ]list|dream[ ]cast(?:ing)?|"
    r"fan[ ]cast(?:ing)?|speculation)\b",
    re.IGNORECASE,
)


def speculative_headline(doc: Doc) -> bool:
    """Whether the headline offers guesses of any kind."""
    return headline_has(doc, _GUESSWORK)


_DATE_GUESSWORK = lazy_pattern(
    r"\b(?:release|premiere|air)[ ]date[ ](?:speculation|guess(?:es|ing)?|predictions?|"
    r"theor(?:y|ies))\b",
    re.IGNORECASE,
)


def guesses_castings(doc: Doc) -> bool:
    """Whether the headline's guesswork reaches the cast: "Release date speculation, cast and
    everything we know" guesses a date only; "Dream cast" or "7 theories" guess everything."""
    return _GUESSWORK.search(_DATE_GUESSWORK.sub("", doc.headline)) is not None
