"""The words that tell what kind of work a title is, one list for the rules that read a work
by its kind ("Tarn Hollow, the BBC Three caper", "its lakeside whodunnit Salt Hall")."""

from __future__ import annotations

from bot.extract.lexicon import GENRE_WORDS

WORK_KIND_WORDS = (
    *GENRE_WORDS,
    *("mystery", "whodunnit", "whodunit", "saga", "caper", "western"),
    *("sequel", "prequel", "adaptation"),
)
"""The lexicon's genres and the other nouns a page tells a work by."""
WORK_KIND_NOUNS = "(?:" + "|".join(WORK_KIND_WORDS) + ")"
"""One of :data:`WORK_KIND_WORDS`, as a pattern's group."""
