"""Split an article into paragraphs, quotations and sentences, with offsets into its text.

Every later step works on offsets into one string so that evidence and quoted words can be cut
out of the article exactly. Quotation interiors are also *masked* (replaced by a neutral letter)
in a second copy of the text: names, roles and dates spoken inside a quote belong to the speaker's
words, not to the article's own statements, and masking keeps the sentence splitter from cutting
a quotation in half.

Quotation marks do more than quote. A title (“The Brass Ferry”, ‘Quarry Bells’), a nickname, a scare
word (the “leaked” list) or a number is no quotation: such spans stay visible as the article's
own words. Single quotation marks quote too ('We start in May,' she said), but only where they
cannot be apostrophes. An interview's answers ("ILM: Honestly, ...", a labelled paragraph
after a question) are quotations without marks; they are not masked, since what the answer
quotes in turn ("Ada told me, “...”") has speakers of its own.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

from bot.extract.bare_answers import bare_answers
from bot.extract.interview_askers import askers, questions, same_asker
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import abbreviated
from bot.extract.narrated_paragraphs import narrated
from bot.extract.nested_straights import joined
from bot.extract.possessive_marks import closes_later_mark, possessive_in_closed_quote
from bot.extract.terms import is_quotation
from bot.facts import Article

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

_QUOTE_MARK = lazy_pattern('[“”"«»„]')
_SINGLE_MARK = lazy_pattern(r"[‘’'](?:(?<![^\W_][‘’'])|(?![^\W_]))")
"""A single mark not inside a word (an apostrophe in "don't" never opens or closes a quote)."""
_CURLY_OPEN = "“"
_CURLY_CLOSE = "”"
_STRAIGHT = '"'
_OPENING = frozenset({_CURLY_OPEN, "«", _STRAIGHT, "„"})
_CLOSING = frozenset({_CURLY_CLOSE, "»"})
"""Guillemets («...») and low marks („...“ or „...”, "“" closing) work as curly marks do."""

_SENTENCE_END = lazy_pattern(r"[.!?]+[\"”’')]*(?:\[\d{1,3}\])*[ \t]+(?=[“\"‘'(\[@]|[^\W_a-z])")
"""A sentence's end, with any closing marks and reference numbers ("(2021).[4] The film")."""
_CAPITAL = lazy_pattern(rf"{UPPER}(?<![^\W_].)(?<![-'’].)")
"""A capital letter that starts a word: where every name, and so every name-led pattern, starts."""
_CLOCK_ZONE = lazy_pattern(r"[ap]\.m\.[ ]+(?:PT|ET|CT|MT|GMT|BST|UTC|CET|EST|EDT|PST|PDT)\b")


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
    marked = [q for para in paras if para.para != title_para for q in _quotes_in(text, para)]
    quotes = tuple(sorted(marked + _answers(text, paras), key=lambda q: (q.start, not q.label)))
    masked = _mask(text, tuple(q for q in quotes if not q.label))
    sentences = tuple(s for para in paras for s in _sentences_in(masked, para))
    capitals = tuple(m.start() for m in _CAPITAL.finditer(masked))
    body = masked
    if title_para is not None:
        title = paras[title_para]
        body = masked[: title.start] + " " * (title.end - title.start) + masked[title.end :]
    views = tuple(_view(masked, capitals, s) for s in sentences if s.para != title_para)
    return Doc(
        text, masked, article.date, tuple(paras), title_para, quotes, sentences, capitals, body,
        views, article.byline,
    )  # fmt: skip


def _view(masked: str, capitals: tuple[int, ...], sentence: Span) -> View:
    chunk = masked[sentence.start : sentence.end]
    first = bisect_left(capitals, sentence.start)
    last = bisect_left(capitals, sentence.end, first)
    starts = [offset - sentence.start for offset in capitals[first:last]]
    return View(sentence, chunk, chunk.lower(), starts)


def _quotes_in(text: str, para: Span) -> list[Quote]:
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


_LABEL_WORD = rf"{UPPER}[\w’'.\u0300-\u036f-]*"
"""A word of an interview label, a combining accent inside: "ADÉBÁYỌ̀"."""
_ANSWER_LABEL = lazy_pattern(
    r"(?:[\[(](?:\d{1,2}(?::\d{2}){1,2}|[A-Z]{2,10})[\])][ ]+)?(?:\*\*)?"  # "[00:01:12] ", "**"
    rf"(?P<label>{_LABEL_WORD}(?:[ ](?:&[ ])?{_LABEL_WORD}){{0,3}})"  # "FRAME & FOCUS"
    r"(?:[ ]\([^()\n]{1,30}\))?:(?:\*\*)?[ ]+(?=\S)"  # "AUDIENCE MEMBER (Cineuropa): ", "**"
)


_MAX_LABEL = 48
"""How far into a paragraph an interview label's colon can be ("Adaeze Holm-Okafor:")."""


def _names(text: str, para: Span, surnames: set[str]) -> bool:
    """A paragraph naming someone who answers ("Vale, whose last film ...") is the writer's."""
    words = set(text[para.start : para.end].replace(",", " ").replace("’s", " ").split())
    return any(len(name) > 3 and name in words for name in surnames)


_TIME_STAMP = "\x00"
_STAMP_LINE = lazy_pattern(r"\s*[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s*$")
_MARKER_LINE = lazy_pattern(r"\s*(?:[\[(][^\])]{0,40}[\])]|[\d:.]+)\s*$")
"""A transcript line that is only a time stamp or a bracketed note."""


def _answers(text: str, paras: list[Span]) -> list[Quote]:
    """Interview answers: "Name: ..." (or initials) after the interviewer's question.

    The interviewer is whoever labels a question ("Vogue: How did ...?"); their paragraphs are
    never answers, even "Vogue: Tell us about Theo." without a question mark.
    """
    labels = [
        _ANSWER_LABEL.match(text, para.start, para.end)
        if ":" in text[para.start : para.start + _MAX_LABEL]
        else None
        for para in paras
    ]
    # Which paragraphs put a question, bold ones too ("**Q?**").
    asks = questions(text, paras, labels)
    asking = askers(labels, asks)
    named = {m["label"].split()[-1].title() for m in labels if m and m["label"] not in asking}
    found: list[Quote] = []
    answered = ""  # the label of the answer just before, if the paragraph before was one
    for index in range(1, len(paras)):
        label, para = labels[index], paras[index]
        if label is not None and label["label"] in asking:
            found.append(Quote(label.end(), para.end, para.para, True, False, label["label"], True))
            answered = ""
            continue
        if label is None and _MARKER_LINE.match(text, para.start, para.end):
            if _STAMP_LINE.match(text, para.start, para.end):
                answered = answered or _TIME_STAMP  # a transcript's time: the next turn answers
            continue  # "[00:05:15]", "(Laughter)": nobody's words
        if label is None:
            follows = index + 1 < len(labels) and labels[index + 1] is not None
            inside = answered and follows and not asks[index]  # cheap tests before the scans
            if inside and not (_names(text, para, named) or narrated(text, para.start, para.end)):
                # An answer's further paragraph, inside the interview (a label follows).
                found.append(Quote(para.start, para.end, para.para, True, False, answered))
            else:
                answered = ""
            continue
        asker = labels[index - 1]
        if asks[index - 1] or same_asker(asker, asking) or answered:
            # After a question, or after another answer (two people answering in turn).
            found.append(Quote(label.end(), para.end, para.para, True, False, label["label"]))
            answered = label["label"]
    found += bare_answers(text, paras, labels, asks, Quote)  # "Q: ...?", then a bare answer
    return [q for q in found if q.label != _TIME_STAMP]


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


def _mask(text: str, quotes: tuple[Quote, ...]) -> str:
    if not quotes:
        return text
    pieces: list[str] = []
    last = 0
    for quote in quotes:
        if quote.start < last:
            continue  # a nested one: masked in its outer
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
        if abbreviated(masked, match.start(), start) or (
            _CLOCK_ZONE.match(masked, match.start() - 3)  # "at 12 a.m. PT on Thursday"
        ):
            continue  # "Dr." or "Aug." ends no sentence (only the stop's last letters are read)
        end = match.end()
        while end > start and masked[end - 1] in " \t":
            end -= 1
        spans.append(Span(start, end, para.para))
        start = match.end()
    if start < para.end:
        spans.append(Span(start, para.end, para.para))
    return [s for s in spans if masked[s.start : s.end].strip()]
