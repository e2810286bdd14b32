"""An article split into paragraphs, quotations and sentences, with offsets into its text: what
every extractor reads, built by :func:`.doc_build.build_doc`.

Every later step works on offsets into one string so that evidence and quoted words can be cut
out of the article exactly. Quotation interiors are also *masked* (replaced by a neutral letter)
in a second copy of the text: names, roles and dates spoken inside a quote belong to the speaker's
words, not to the article's own statements, and masking keeps the sentence splitter from cutting
a quotation in half.

Quotation marks do more than quote. A title (“The Brass Ferry”, ‘Quarry Bells’), a nickname, a scare
word (the “leaked” list) or a number is no quotation: such spans stay visible as the article's
own words. Single quotation marks quote too ('We start in May,' she said), but only where they
cannot be apostrophes (:mod:`.quote_marks`). An interview's answers ("ILM: Honestly, ...", a
labelled paragraph after a question, :mod:`.labelled_answers`) are quotations without marks;
they are not masked, since what the answer quotes in turn ("Ada told me, “...”") has speakers
of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

MASK = "x"
"""Stands in for every character inside a quotation in :attr:`Doc.masked` (lower case, so no
name pattern can match it, and not punctuation, so no sentence ends inside a quote)."""


def _capitals() -> str:
    """A character-class body of every Latin, Greek and Cyrillic capital letter."""
    chars = [c for c in map(chr, range(0x41, 0x530)) if c.isupper()]
    ranges: list[str] = []
    start = prev = ord(chars[0])
    for code in [*map(ord, chars[1:]), -1]:
        if code != prev + 1:
            ranges.append(chr(start) if start == prev else f"{chr(start)}-{chr(prev)}")
            start = code
        prev = code
    return "".join(ranges)


UPPER = f"[{_capitals()}]"
"""A capital letter, accented ones included ("Ó", "Ł", "Ś")."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation's interior ``[start, end)``; not ``closed`` if it runs to the paragraph end."""

    start: int
    end: int
    para: int
    closed: bool
    straight: bool
    label: str = ""
    """An interview answer's speaker label ("ILM" in "ILM: Honestly, ..."); else empty."""
    asking: bool = False
    """A labelled interview question ("COLLIDER: What's next for you?")."""


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    para: int


@dataclass(frozen=True, slots=True)
class View:
    """One body sentence as every extractor reads it, cut out once."""

    span: Span
    chunk: str
    """The sentence's masked text."""
    lower: str
    starts: list[int]
    """Offsets of its capitalised words, relative to its start."""


_START = attrgetter("start")


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
    body: str = ""
    """:attr:`masked` with the headline blanked: the text the article itself states."""
    views: tuple[View, ...] = ()
    """The sentences outside the headline (see :meth:`body_sentences`), ready to read."""
    byline: str | None = None
    """The page's one author, if its byline names one."""

    @property
    def headline(self) -> str:
        """The headline's text ("" on a page without one)."""
        title = self.paras[self.title_para] if self.title_para is not None else None
        return self.text[title.start : title.end] if title is not None else ""

    def capitals_in(self, start: int, end: int) -> list[int]:
        """Offsets of capitalised words in ``[start, end)``, relative to ``start``."""
        first = bisect_left(self.capitals, start)
        last = bisect_left(self.capitals, end, first)
        return [offset - start for offset in self.capitals[first:last]]

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding ``offset`` (the last one before it if none does)."""
        at = bisect_right(self.sentences, offset, key=_START)
        return self.sentences[max(at - 1, 0)] if self.sentences else Span(0, len(self.text), 0)

    def sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before ``sentence`` (one of :attr:`sentences`), if any."""
        at = bisect_left(self.sentences, sentence.start, key=_START)
        return self.sentences[at - 1] if at > 0 else None

    def body_sentences(self) -> tuple[Span, ...]:
        """Sentences outside the headline: headlines are title-cased and state nothing exactly."""
        return tuple(s for s in self.sentences if s.para != self.title_para)


def blanked(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with each match of ``pattern`` turned to spaces: its length, so offsets hold."""
    return pattern.sub(lambda match: " " * len(match.group()), text)
