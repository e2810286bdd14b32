"""Full-text search over what members type: any text is treated as plain words, never syntax.

Each word of three letters or more matches as a prefix of a word in the text: "premier" finds
"premiere" and "premiered", "direct" finds "director". We chose FTS5 prefix queries over a
stemming tokenizer (porter): they need no new index, keep exact names and words intact
(porter folds "directed" into "direct" but never "premier" into "premiere"), and highlight the
whole word found. Shorter words ("a", "of", "tv") match whole words only, so they do not match
half the archive.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
MAX_WORDS = 12
PREFIX_FROM = 3
"""Words at least this long match as prefixes."""


def words_of(text: str) -> list[str]:
    """The searchable words in any input (quotes, operators and brackets are dropped)."""
    return _WORD.findall(text)[:MAX_WORDS]


def match_all_words(text: str) -> str:
    """An FTS5 query matching rows with every word; each word quoted, so none is an operator."""
    return " ".join(_term(word) for word in words_of(text))


def match_any_word(text: str) -> str:
    return " OR ".join(_term(word) for word in words_of(text))


def _term(word: str) -> str:
    return f'"{word}"*' if len(word) >= PREFIX_FROM else f'"{word}"'
