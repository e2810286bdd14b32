"""Quotations set in marks: double-quoted spans (nested straight pairs joined), then single-quoted
spans that cannot be apostrophes. Words in marks that name something (a title, a nickname, a
scare word, a number) are no quotation."""

from __future__ import annotations

from bot.extract.nested_straights import joined
from bot.extract.possessive_marks import closes_later_mark, possessive_in_closed_quote
from bot.extract.terms import is_quotation
from bot.extract.text import UPPER, Quote, Span
from bot.lazy_patterns import lazy_pattern

_QUOTE_MARK = lazy_pattern('[“”"«»„]')
_SINGLE_MARK = lazy_pattern(r"[‘’'](?:(?<![^\W_][‘’'])|(?![^\W_]))")
"""A single mark not inside a word (an apostrophe in "don't" never opens or closes a quote)."""
_CURLY_OPEN = "“"
_CURLY_CLOSE = "”"
_STRAIGHT = '"'
_OPENING = frozenset({_CURLY_OPEN, "«", _STRAIGHT, "„"})
_CLOSING = frozenset({_CURLY_CLOSE, "»"})
"""Guillemets («...») and low marks („...“ or „...”, "“" closing) work as curly marks do."""


def quotes_in(text: str, para: Span) -> list[Quote]:
    """Every quotation in a paragraph: double-quoted spans, nested straight pairs joined first
    (:func:`joined`), then a single-quote pass outside them. Titles, nicknames, scare words and
    numbers in marks are left out (:func:`is_title_like`).
    """
    doubles = joined(text, _doubles_in(text, para))
    singles = _singles_in(text, para, doubles)
    found = sorted(doubles + singles, key=lambda q: q.start)
    return [
        q
        for q in found
        if q.end > q.start
        and is_quotation(
            text,
            (q.start, q.end),
            (para.start, para.end),
            title_like=is_title_like(text[q.start : q.end]),
        )
    ]


def _doubles_in(text: str, para: Span) -> list[Quote]:
    found: list[Quote] = []
    open_at, straight = -1, False
    for mark in _QUOTE_MARK.finditer(text, para.start, para.end):
        index, char = mark.start(), mark.group()
        if open_at < 0:
            if char in _OPENING and not (char == _CURLY_OPEN and text[index - 1 : index].isalpha()):
                open_at, straight = index, char == _STRAIGHT
            continue
        low = char == _CURLY_OPEN and text[open_at] == "„"  # German „...“: "“" closes
        if (straight and char == _STRAIGHT) or (not straight and (char in _CLOSING or low)):
            found.append(Quote(open_at + 1, index, para.para, True, straight))
            open_at = -1
        elif not straight and char in _OPENING:
            found.append(Quote(open_at + 1, index, para.para, False, straight))
            open_at = index
    if open_at >= 0:
        found.append(Quote(open_at + 1, para.end, para.para, False, straight))
    return found


def _singles_in(text: str, para: Span, doubles: list[Quote]) -> list[Quote]:
    """Single-quoted spans that cannot be apostrophes, outside every double-quoted span."""
    found: list[Quote] = []
    open_at = -1
    for mark in _SINGLE_MARK.finditer(text, para.start, para.end):
        index = mark.start()
        if doubles and any(q.start - 1 <= index <= q.end for q in doubles):
            continue
        before = text[index - 1] if index > para.start else " "
        after = text[index + 1] if index + 1 < para.end else " "
        if open_at < 0:
            if mark.group() != "’" and _OPENS_AFTER.match(before) and not after.isspace():
                open_at = index
            continue
        if _closes(text, open_at + 1, index, before, after):
            found.append(Quote(open_at + 1, index, para.para, True, mark.group() == "'"))
            open_at = -1
    return found


_OPENS_AFTER = lazy_pattern(r"[\s(\[—–/“\"]")
_CLOSE_BEFORE = frozenset(",.!?…")
_CLOSE_AFTER = frozenset(" ,.;:!?)]—–\u00a0")


def _closes(text: str, start: int, index: int, before: str, after: str) -> bool:
    """A closing single mark: after a comma or stop, or after a short title ('Quarry Bells' aired).
    "the actors' families" or "'Girls' night ...'" inside a quote is a plural possessive."""
    if before.isspace() or (after not in _CLOSE_AFTER and index + 1 < len(text)):
        return False
    if before in _CLOSE_BEFORE or after in ",.;:!?)]":
        return True
    if is_title_like(text[start:index]):
        return not possessive_in_closed_quote(text, index)
    return closes_later_mark(text, start, index)  # "X is 'a menace' in a scrum"; "u/x: '... lol'"


_TITLE_WORD = lazy_pattern(rf"{UPPER}|\d")
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
     "the", "to", "vs", "with", "de", "du", "la", "le", "van", "von", "del", "della", "di",
     "da", "do", "dos", "das", "des", "el", "los", "las", "y", "et", "der", "den", "af", "og",
     "&", "+"}
)  # fmt: skip
_MAX_TITLE_WORDS = 7


def is_title_like(inner: str) -> bool:
    """Words in quotation marks that name something rather than quote anyone.

    One word ("leaked", “Rajji”), no letters at all (“2026”), or a short run whose every word
    but the small ones is capitalised (“The Brass Ferry,” ‘Quarry Bells’, “Mr Haddadin”).
    """
    words = inner.strip(" ,.;:!?…—–-").split()
    if len(words) <= 1 or not any(char.isalpha() for char in inner):
        return True
    if len(words) > _MAX_TITLE_WORDS or inner.rstrip().endswith(("!", "?")):
        return False
    return all(_TITLE_WORD.match(w) or w.lower() in _SMALL_WORDS for w in words)
