"""Split an article into paragraphs, quotations and sentences, with offsets into its text (see
:mod:`bot.extract.text`)."""

from __future__ import annotations

from bisect import bisect_left

from bot.extract.labelled_answers import answers_in
from bot.extract.lexicon import abbreviated
from bot.extract.quote_marks import quotes_in
from bot.extract.text import MASK, UPPER, Doc, Quote, Span, View
from bot.facts import Article
from bot.lazy_patterns import lazy_pattern

_SENTENCE_END = lazy_pattern(r"[.!?]+[\"”’')]*(?:\[\d{1,3}\])*[ \t]+(?=[“\"‘'(\[@]|[^\W_a-z])")
"""A sentence's end, with any closing marks and reference numbers ("(2021).[4] The film")."""
_CAPITAL = lazy_pattern(rf"{UPPER}(?<![^\W_].)(?<![-'’].)")
"""A capital letter that starts a word: where every name, and so every name-led pattern, starts."""
_CLOCK_ZONE = lazy_pattern(r"[ap]\.m\.[ ]+(?:PT|ET|CT|MT|GMT|BST|UTC|CET|EST|EDT|PST|PDT)\b")


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
    marked = [q for para in paras if para.para != title_para for q in quotes_in(text, para)]
    quotes = tuple(sorted(marked + answers_in(text, paras), key=lambda q: (q.start, not q.label)))
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
