"""A capitalised word that is a preposition's object, for :mod:`bot.extract.attribution`: in
"Residents near a pub in Kent reported" or "His post after the launch said" the word right
before the speech verb is where, when or what, never the one who says it."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

PREPOSITION_BEFORE = lazy_pattern(
    r"(?<![\w’'-])(?:after|before|following|since|during|about|in|near)[ ]$"
)
"""A preposition ending the text searched (a word's 12 characters before it): "after ",
"in ", "near " (a place), never "at " or "from " ("a source at Netflix said" is Netflix's)."""
