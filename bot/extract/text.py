"""Split an article into paragraphs, quotations and sentences, with offsets into its text.

Every later step works on offsets into one string so that evidence and quoted words can be cut
out of the article exactly. Quotation interiors are also *masked* (replaced by a neutral letter)
in a second copy of the text: names, roles and dates spoken inside a quote belong to the speaker's
words, not to the article's own statements, and masking keeps the sentence splitter from cutting
a quotation in half.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

from bot.facts import Article

MASK = "x"
"""Stands in for every character inside a quotation in :attr:`Doc.masked` (lower case, so no
name pattern can match it, and not punctuation, so no sentence ends inside a quote)."""

_QUOTE_MARK = re.compile('[“”"]')
_CURLY_OPEN = "“"
_CURLY_CLOSE = "”"
_STRAIGHT = '"'

_SENTENCE_END = re.compile(r"[.!?]+[\"”’)]*[ \t]+(?=[“\"‘(\[]|[^\W_a-z])")
_CAPITAL = re.compile(r"[^\W\d_a-zß-öø-ÿ](?<![^\W_].)(?<![-'’].)")
"""A capital letter that starts a word: where every name, and so every name-led pattern, starts."""
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|vs|No|Mt|Capt|Sgt|Lt|Col|Gen|Rev|Hon)|\b[A-Z])\.$"
)


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation's interior ``[start, end)``; not ``closed`` if it runs to the paragraph end."""

    start: int
    end: int
    para: int
    closed: bool
    straight: bool


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    para: int


@dataclass(frozen=True, slots=True)
class Doc:
    """One article prepared for extraction."""

    text: str
    masked: str
    date: dt.date | None
    paras: tuple[Span, ...]
    title_para: int | None
    quotes: tuple[Quote, ...]
    sentences: tuple[Span, ...]
    capitals: tuple[int, ...]
    """Offsets of every capitalised word outside quotations."""

    def capitals_in(self, start: int, end: int) -> list[int]:
        """Offsets of capitalised words in ``[start, end)``, relative to ``start``."""
        first = bisect_left(self.capitals, start)
        last = bisect_left(self.capitals, end, first)
        return [offset - start for offset in self.capitals[first:last]]

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding ``offset`` (the last one before it if none does)."""
        best = self.sentences[0] if self.sentences else Span(0, len(self.text), 0)
        for sentence in self.sentences:
            if sentence.start > offset:
                break
            best = sentence
        return best

    def body_sentences(self) -> tuple[Span, ...]:
        """Sentences outside the headline: headlines are title-cased and state nothing exactly."""
        return tuple(s for s in self.sentences if s.para != self.title_para)


def build_doc(article: Article) -> Doc:
    """Prepare ``article`` for the extractors (pure; never raises on odd text)."""
    text = article.text
    lines = text.split("\n")
    paras: list[Span] = []
    offset = 0
    for index, line in enumerate(lines):
        paras.append(Span(offset, offset + len(line), index))
        offset += len(line) + 1
    title_para: int | None = None
    if article.title:
        title_para = article.lede.count("\n") + 1 if article.lede else 0
    quotes = tuple(q for para in paras for q in _quotes_in(text, para))
    masked = _mask(text, quotes)
    sentences = tuple(s for para in paras for s in _sentences_in(masked, para))
    capitals = tuple(m.start() for m in _CAPITAL.finditer(masked))
    return Doc(text, masked, article.date, tuple(paras), title_para, quotes, sentences, capitals)


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


def _quotes_in(text: str, para: Span) -> list[Quote]:
    """Find double-quoted spans; single quotes are apostrophes or quotes within quotes."""
    found: list[Quote] = []
    open_at = -1
    straight = False
    for mark in _QUOTE_MARK.finditer(text, para.start, para.end):
        index, char = mark.start(), mark.group()
        if open_at < 0:
            if char in (_CURLY_OPEN, _STRAIGHT):
                open_at, straight = index, char == _STRAIGHT
            continue
        if (straight and char == _STRAIGHT) or (not straight and char == _CURLY_CLOSE):
            found.append(Quote(open_at + 1, index, para.para, True, straight))
            open_at = -1
        elif not straight and char == _CURLY_OPEN:
            found.append(Quote(open_at + 1, index, para.para, False, straight))
            open_at = index
    if open_at >= 0:
        found.append(Quote(open_at + 1, para.end, para.para, False, straight))
    return [q for q in found if q.end > q.start]


def _mask(text: str, quotes: tuple[Quote, ...]) -> str:
    if not quotes:
        return text
    pieces: list[str] = []
    last = 0
    for quote in quotes:
        pieces.append(text[last : quote.start])
        # A closing full stop stays visible so the sentence splitter sees `.” Next sentence`.
        keep = quote.closed and text[quote.end - 1] in ".!?"
        pieces.append(MASK * (quote.end - quote.start - keep))
        if keep:
            pieces.append(text[quote.end - 1])
        last = quote.end
    pieces.append(text[last:])
    return "".join(pieces)


def _sentences_in(masked: str, para: Span) -> list[Span]:
    spans: list[Span] = []
    start = para.start
    for match in _SENTENCE_END.finditer(masked, para.start, para.end):
        head = masked[start : match.start() + 1]
        if _ABBREVIATION.search(head):
            continue
        end = match.end()
        while end > start and masked[end - 1] in " \t":
            end -= 1
        spans.append(Span(start, end, para.para))
        start = match.end()
    if start < para.end:
        spans.append(Span(start, para.end, para.para))
    return [s for s in spans if masked[s.start : s.end].strip()]
