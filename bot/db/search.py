"""Full-text search over what members type: any text is treated as plain words, never syntax."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
MAX_WORDS = 12


def words_of(text: str) -> list[str]:
    """The searchable words in any input (quotes, operators and brackets are dropped)."""
    return _WORD.findall(text)[:MAX_WORDS]


def match_all_words(text: str) -> str:
    """An FTS5 query matching rows with every word; each word quoted, so none is an operator."""
    return " ".join(f'"{word}"' for word in words_of(text))


def match_any_word(text: str) -> str:
    return " OR ".join(f'"{word}"' for word in words_of(text))
