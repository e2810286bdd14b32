"""Cheap tests before costly patterns: cue words looked for as plain substrings, and name-led
patterns tried only at the capitals (near the cue words) where a name can start.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from bot.lazy_patterns import lazy_pattern


class Hint:
    """A literal test for any of some words: a cheap check that rules a costlier pattern out.

    Python's substring search is far faster than a regular expression's alternation on the
    short texts (one sentence) the extractors ask about, so the words are tried one by one; for
    many words sharing starts, each start first (see ``_prefixed``); for many words with no
    shared starts, in one pass of a pattern shaped like their tree of letters (see ``_trie``).
    """

    __slots__ = ("_needed", "_prefixed", "_regex", "_trie", "_witnessed", "search", "words")

    search: Callable[[str], bool | None]
    """True if a text holds one of the words (None if not, like a failed search): a function
    made for this hint's shape in ``__init__`` (see :func:`_searcher`), called as a method is.
    Asked some 850 times an article, so which path to take is settled once, not at each call."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self._regex: re.Pattern[str] | None = None
        self._needed = tuple(
            word
            for i, word in enumerate(words)
            if not any(other in word for other in (*words[:i], *words[i + 1 :]) if other != word)
            and word not in words[:i]
        )
        """The words without those holding another ("direct" is in "director"): the same test."""
        groups: dict[str, list[str]] = {}
        for word in self._needed:
            groups.setdefault(word[:4], []).append(word)
        self._prefixed = (
            tuple((_common_start(group), tuple(group)) for group in groups.values())
            if len(groups) * 4 <= len(self._needed) * 3 and len(self._needed) < _GROUPED_WORDS
            else None
        )
        """The words grouped by their common start ("version said", "version named": "version "),
        when that saves a quarter of the searches: a group is tried only once its start is found
        (the 88 words of a retraction come to 27 searches on a sentence that holds none)."""
        self._trie = (
            lazy_pattern(_trie_source(self._needed))
            if self._prefixed is None and len(self._needed) >= _TRIE_WORDS
            else None
        )
        """Many words with no shared starts to group by: one pass of a pattern shaped like their
        tree of letters costs about half the substring searches (a sentence, 37 to 82 words)."""
        self._witnessed = tuple(
            (word, max((o for o in words if o in word and o != word), key=len, default=None))
            for word in sorted(dict.fromkeys(words), key=len)
        )
        """Each word (shortest first) with the longest other word inside it, if any: a word
        can only be in a text that its witness is in ("director" needs "direct")."""
        self.search = _searcher(self._needed, self._prefixed, self._trie)

    def present(self, text: str) -> set[str]:
        """The words ``text`` holds, like ``{w for w in words if w in text}``, but a word is
        looked for only once its witness is found: with many words, most of them hold a shorter
        one that a sentence lacks, so a sentence that holds none costs a fraction of the search.
        """
        found: set[str] = set()
        for word, witness in self._witnessed:
            if (witness is None or witness in found) and word in text:
                found.add(word)
        return found

    def positions(self, text: str) -> list[int]:
        """Where the words start in ``text``, in order."""
        found: list[int] = []
        for word in self.words:
            at = text.find(word)
            while at >= 0:
                found.append(at)
                at = text.find(word, at + 1)
        found.sort()
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Where the words occur (for the few callers that need positions)."""
        if self._regex is None:
            self._regex = re.compile("|".join(re.escape(word) for word in self.words))
        return self._regex.finditer(text)


def _searcher(
    needed: tuple[str, ...],
    prefixed: tuple[tuple[str, tuple[str, ...]], ...] | None,
    trie: re.Pattern[str] | None,
) -> Callable[[str], bool | None]:
    """:attr:`Hint.search` for a hint's shape: one pass of the letter tree, the grouped words
    (a group tried once its start is found), one word alone, or each word in turn. Each
    returns True if the text holds a word, else None."""
    if trie is not None:
        pattern = trie  # a lazy pattern: compiled at its first search, not here

        def by_tree(text: str) -> bool | None:
            return True if pattern.search(text) is not None else None

        return by_tree
    if prefixed is not None:
        groups = prefixed

        def by_start(text: str) -> bool | None:
            for start, group in groups:
                if start in text:
                    for word in group:
                        if word in text:
                            return True
            return None

        return by_start
    if len(needed) == 1:
        (only,) = needed

        def by_word(text: str) -> bool | None:
            return True if only in text else None

        return by_word

    def by_words(text: str) -> bool | None:
        for word in needed:
            if word in text:
                return True
        return None

    return by_words


_TRIE_WORDS = 24
"""From this many words on (none grouped by a start), one pattern pass beats a search a word;
with fewer, the searches win (or tie) on a sentence."""
_GROUPED_WORDS = 32
"""From this many words on, the letter tree beats even the grouped starts (a retraction's 139
words: about 7 µs a sentence against 12; 39 words, 6.6 against 7.2; 27 words, the groups win)."""


_Tree = dict[str, "_Tree"]
"""Each letter that can come next, with the letters that can follow it ("" ends a word)."""


def _trie_source(words: tuple[str, ...]) -> str:
    """A pattern that matches where any of ``words`` starts, its branches sharing each common
    start ("direct|director|drama" as "d(?:irect|rama)"): at a position the engine tries one
    letter per branch, not every word. A word that ends where a longer one goes on is enough
    alone (its longer words need not be tried: only whether one occurs matters)."""
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: _Tree) -> str:
    """The pattern for the words below ``node`` of :func:`_trie_source`'s tree."""
    if "" in node:
        return ""
    alternatives = [re.escape(char) + _branches(below) for char, below in node.items()]
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"


def _common_start(words: list[str]) -> str:
    """The longest start all of ``words`` share."""
    first, last = min(words), max(words)
    for i, (a, b) in enumerate(zip(first, last, strict=False)):
        if a != b:
            return first[:i]
    return first


def hint(*words: str) -> Hint:
    """A literal search for any of ``words``: a cheap test that rules a costlier pattern out."""
    return Hint(words)


def near(starts: list[int], anchors: list[int], reach: int) -> list[int]:
    """The capitals in ``starts`` at most ``reach`` characters before one of ``anchors``: where
    a name that a cue word follows ("X has announced", "X's script") can start."""
    found: list[int] = []
    for anchor in anchors:
        first = bisect_left(starts, anchor - reach)
        last = bisect_right(starts, anchor)
        found.extend(starts[first:last])
    return sorted(set(found)) if len(anchors) > 1 else found


_WORD_START = lazy_pattern(r"(?<![\w’'-])")
"""Where a word starts: not inside another word, nor after an apostrophe or hyphen."""
WORD_END = lazy_pattern(r"(?![\w-])")
"""Where a name ends: no letter, digit or hyphen follows ("Vale" in "Vale's", not "Valerie")."""


def starts_word(text: str, at: int) -> bool:
    """Whether a word starts at ``at`` in ``text`` (see ``_WORD_START``)."""
    return _WORD_START.match(text, at) is not None


def word_led(
    word: str, text: str, tail: re.Pattern[str], start: re.Pattern[str] = _WORD_START
) -> Iterator[tuple[int, re.Match[str]]]:
    r"""Like ``re.finditer(rf"(?<![\w’'-]){re.escape(word)}" + tail.pattern, text)``: where
    ``word`` starts a word and ``tail`` matches right after it, as (start, tail's match);
    ``start`` (a zero-width pattern) may stand in for the word-start test.

    A name's own pattern would be compiled anew for every name an article holds (too many for
    the ``re`` module's cache); plain substring search finds the few places worth trying.
    An empty ``word`` starts nothing.
    """
    at = text.find(word) if word else -1
    while at >= 0:
        found = start.match(text, at) and tail.match(text, at + len(word))
        if found:
            yield at, found
            at = text.find(word, found.end())
        else:
            at = text.find(word, at + 1)


def occurrences(word: str, text: str) -> Iterator[int]:
    """Where ``word`` occurs in ``text``, not overlapping: the starts of ``re.finditer(
    re.escape(word), text)``, found by substring search (see :func:`word_led` on why a pattern
    per word is not compiled). An empty ``word`` occurs at every offset, as with the pattern."""
    if not word:
        yield from range(len(text) + 1)
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def scan(pattern: re.Pattern[str], chunk: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """Like ``pattern.finditer(chunk)`` for a pattern that can only match at a capitalised word.

    Trying the pattern only at ``starts`` (see :meth:`Doc.capitals_in`) instead of at every
    character is what keeps name-led patterns cheap: a sentence has few capitals.
    """
    last = 0
    for start in starts:
        if start < last:
            continue
        match = pattern.match(chunk, start)
        if match is not None:
            yield match
            last = max(match.end(), start + 1)
