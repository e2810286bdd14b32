"""Full-text search over what members type: any text is treated as plain words, never syntax.

Words match whole words first. When that finds nothing, each word of three letters or more
also matches as the start of a word: "premier" finds "premiere" and "premiered", "direct"
finds "director". We chose FTS5 prefix queries over a stemming tokenizer (porter): they need
no new index, keep names and words intact (porter folds "directed" into "direct" but never
"premier" into "premiere"), and highlight the whole word found. Only as a second try: prefixes
match many more articles, and ranking them costs about three times as long. Shorter words
("a", "of", "tv") always match whole words, so they never match half the archive.
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


def match_all_words(text: str, *, prefixes: bool = False) -> str:
    """An FTS5 query matching rows with every word; each word quoted, so none is an operator.

    With ``prefixes``, words of :data:`PREFIX_FROM` letters or more match the start of a word.
    """
    return " ".join(_term(word, prefixes) for word in words_of(text))


def match_any_word(text: str, *, prefixes: bool = False) -> str:
    return " OR ".join(_term(word, prefixes) for word in words_of(text))


def match_headline_starts(text: str) -> str:
    """An FTS5 query for rows whose headline or lede has a word starting with each typed word
    (any length: autocomplete offers "Tr" as "Trailer ..."), for finding an article by title."""
    return _in_headline(" ".join(f'"{word}"*' for word in words_of(text)))


def match_headline_near(text: str) -> str:
    """An FTS5 query for rows whose headline or lede has a word starting as any typed word
    does, in its first :data:`PREFIX_FROM` letters: a title typed with a slip later in a word
    ("Filmng") is still among them."""
    return _in_headline(" OR ".join(f'"{word[:PREFIX_FROM]}"*' for word in words_of(text)))


def _in_headline(terms: str) -> str:
    return f"{{title lede}} : ({terms})" if terms else ""


def _term(word: str, prefixes: bool) -> str:
    return f'"{word}"*' if prefixes and len(word) >= PREFIX_FROM else f'"{word}"'
