"""The notes run on from a chart's lines about other works, for :mod:`.page_others`.

A streaming or box-office chart lists its places one a line, each a title with its channel in
brackets and a figure after a dash ("3. Copper Wick (Netflix) – 2.1m"), numbered or not, the figure
maybe followed by a short clause ("Copper Wick (12A) – £1.2m, down 20%"). A line may run on into a
note on the work it places ("4. Tin Chapel (Disney+) – 2.2m. The comedy, which launched on 3 April,
keeps growing"; invented examples), or its note may come first and its figure last ("4. Tin Chapel
(Disney+) – the comedy climbed two places. 2.2m views."): when the line's title names none of ours,
what the note dates, casts or credits is that work's. So is a later paragraph of the report that
opens on such a title ("Tin Chapel, whose second series landed on Tuesday, dropped to third. Its
channel said ...", "Tin Chapel’s debut was steady"; or on a short apposition or owner before it:
"Last week’s leader, Tin Chapel, dipped", "Lumen’s Tin Chapel opened third") and names none of
ours: it goes on about that work, and the statement it quotes is that work's. Two such lines at
least make a chart. When the headline names two placed works ("Tallow opens top as Tin Chapel
slips"), the one it names first is ours and the other is not, though named, provided the chart
places it first too; when headline and chart disagree ("Tin Chapel slips as Tallow opens top")
neither is taken for ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.page_also_lines import WORD, names_any
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, Span
from bot.lazy_patterns import lazy_pattern

_NUMBERED = r"\d{1,2}[.)][ ]+(?P<title>[^()\n]{1,80}?)"
"""A chart line's number and title: the "2. Saltmere" of one."""
_PLACED = r"[ ]*\([^()\n]{1,40}\)[ ]*[–—-][ ]*"
"""The channel or rating in brackets and the dash after a chart line's title."""
_FIGURE = r"[£$€]?\d(?:[\d.,]*\d)?(?:[ ]?(?:m|bn|k|million|billion|%))?"
"""A chart's figure: "2.8m", "£1.2m", "20%"."""
_UNITS = r"(?:[ ]?(?:views|viewers|hours|minutes|admissions))"
"""What a chart's figure counts."""
_LINE = lazy_pattern(
    rf"[ ]*(?:{_NUMBERED}|(?P<bare>[A-Z‘“][^()\n.:;!?]{{0,50}}?)){_PLACED}{_FIGURE}{_UNITS}?"
    r"(?:,[ ](?:[^.\n]|\.\d){1,40}(?=\.))?[ ]*"
)
"""A chart's line, numbered or not: "2. Saltmere (BBC iPlayer) – 2.8m", "Saltmere (12A) - £1.2m,
down 20%" (the short clause after the figure is still the line's)."""
_NOTED_LINE = lazy_pattern(rf"[ ]*{_NUMBERED}{_PLACED}(?=[‘“\w])")
"""A numbered line whose note comes first and its figure last: "4. Tin Chapel (Disney+) – the
comedy climbed two places. 2.2m views." (see :data:`_LAST_FIGURE`)."""
_LAST_FIGURE = lazy_pattern(rf"[.!][ ]+{_FIGURE}{_UNITS}\.?[ ]*$")
"""The figure a noted line ends on: the ". 2.2m views." of one."""
_NOTE = lazy_pattern(r"\.[ ]+[A-Z‘“\"]")
"""Where a line's note starts: a full stop after its figure, then a sentence."""
_LINES = 2
_LEAD = r"(?:[A-Z][\w’'-]*(?:[ ][\w’'-]+){0,3},[ ]|[A-Z][\w&-]*(?:[ ][A-Z][\w&-]*){0,2}[’']s[ ])?"
"""What may stand before a paragraph's opening title: a short apposition ("Last week’s leader,
") or its owner ("Lumen’s ")."""
SEASON_TAIL = lazy_pattern(r",[ ].*$")
"""All after a line's first comma, its season ("Tin Chapel, series 2", ", season two"); a title
with a comma of its own is cut there too ("Tallow, Texas" places "Tallow")."""


@once_per_doc
def chart_other_starts(doc: Doc, names_ours: Callable[[str], bool]) -> frozenset[int]:
    """Start offsets of the sentences a chart tells of its other works (see above), when the page
    has two lines at least: a line's run-on note, when its title names none of ours
    (``names_ours`` of each word), and a later paragraph that opens on such a title."""
    chart = _read_chart(doc, names_ours)
    if chart is None:
        return frozenset()
    lines, noted, others, names_ours = chart.lines, chart.noted, chart.others, chart.ours
    noted = noted | _opened_by(doc, set(others), lines, names_ours)
    return frozenset(view.span.start for view in doc.views if view.span.para in noted)


def chart_rivals(doc: Doc, names_ours: Callable[[str], bool]) -> frozenset[str]:
    """The titles a chart of two lines or more places that name none of ours (see above)."""
    chart = _read_chart(doc, names_ours)
    return chart.others if chart is not None else frozenset()


class _Chart(NamedTuple):
    """A chart as :func:`_read_chart` reads it."""

    lines: set[int]
    """The paragraphs that are its lines."""
    noted: set[int]
    """Those with a run-on note on another work."""
    others: frozenset[str]
    """The placed titles that name none of ours."""
    ours: Callable[[str], bool]
    """Our words as the chart's headline decides them (the caller's test when it does not)."""


@once_per_doc
def _read_chart(doc: Doc, names_ours: Callable[[str], bool]) -> _Chart | None:
    """The chart's line paragraphs, those with a run-on note on another work, the placed titles
    that name none of ours, and our words as the headline decides them; None under two lines."""
    lines: set[int] = set()
    noted: set[int] = set()
    others: set[str] = set()  # the placed titles that name none of ours
    placed, headline_ours = _placed_lines(doc)
    names_ours = headline_ours or names_ours
    for at, (title, note) in placed.items():
        lines.add(at)
        words = _words(title)
        if any(map(names_ours, words)):
            continue
        others.add(SEASON_TAIL.sub("", title).strip())
        if note:
            noted.add(at)
    if len(lines) < _LINES:
        return None
    return _Chart(lines, noted, frozenset(others), names_ours)


@once_per_doc
def _placed_lines(
    doc: Doc,
) -> tuple[dict[int, tuple[str, bool]], Callable[[str], bool] | None]:
    """The chart's lines by paragraph (see :func:`_placed`) and our words as its headline
    decides them (:func:`_headline_first`): read once a page. The callers' tests of our words
    differ (each makes its own, so :func:`_read_chart` is read anew for each), while these
    depend on the page alone."""
    placed = {para.para: line for para in doc.paras if (line := _placed(doc, para)) is not None}
    return placed, _headline_first(doc, [title for title, _ in placed.values()])


def _placed(doc: Doc, para: Span) -> tuple[str, bool] | None:
    """The title a paragraph places as a chart's line, and whether a note runs on from it (after
    the figure, or before it when the figure ends the paragraph); None for no line."""
    if doc.text.find("(", para.start, para.end) < 0:
        return None  # both lines need their channel's bracket: a necessary condition, tried first
    line = _LINE.match(doc.text, para.start, para.end)
    if line is not None:
        note = line.end() < para.end and _NOTE.match(doc.text, line.end(), para.end) is not None
        return line["title"] or line["bare"], note
    line = _NOTED_LINE.match(doc.text, para.start, para.end)
    if line is not None and _LAST_FIGURE.search(doc.text, line.end(), para.end) is not None:
        return line["title"], True
    return None


def _opened_by(
    doc: Doc, titles: set[str], lines: set[int], names_ours: Callable[[str], bool]
) -> set[int]:
    """The paragraphs after the chart's lines that open on one of ``titles`` (then a comma, a
    possessive or a space), maybe after a short apposition or an owner (:data:`_LEAD`), and
    name none of ours."""
    opener = title_opener(titles)
    if opener is None:
        return set()
    opener = re.compile(_LEAD + opener.pattern)
    first = min(lines)
    return {
        para.para
        for para in doc.paras
        if para.para > first
        and para.para not in lines
        and opener.match(doc.text, para.start, para.end) is not None
        and not names_any(doc.text[para.start : para.end], names_ours)
    }


def title_opener(titles: set[str]) -> re.Pattern[str] | None:
    """A text's opening on one of ``titles`` that start with a capital (after any opening
    quotation marks), then a comma, a possessive or a space; None without such titles."""
    opening = sorted((t for t in titles if t[:1].isupper()), key=len, reverse=True)
    if not opening:
        return None
    return re.compile(rf"[ “\"‘']*(?:{'|'.join(map(re.escape, opening))})(?=[,’' ])")


def _words(title: str) -> list[str]:
    """The words of a chart line's title that may name a work: not "The", "And" and the like."""
    return [w for w in title.split() if w.capitalize() not in STOP_TOKENS]


def _bare(word: str) -> str:
    """A word without its possessive: "Tallow’s" is "Tallow"."""
    return re.sub(r"[’']s?$", "", word)


def _headline_first(doc: Doc, titles: list[str]) -> Callable[[str], bool] | None:
    """Our work's words when the headline names two placed titles or more (by a word of each):
    the first it names is ours when it is also the first the chart places; when the two orders
    disagree ("X slips as Y opens top") neither is taken for ours, so every placed title's notes
    are held; None when the headline names fewer than two."""
    if doc.title_para is None:
        return None
    span = doc.paras[doc.title_para]
    headline = doc.text[span.start : span.end]
    at = {m[0]: m.start() for m in reversed([*WORD.finditer(headline)])}
    named = sorted(
        (min(found), title)
        for title in titles
        if (found := [at[w] for w in map(_bare, _words(title)) if w in at])
    )
    if len(named) < 2:
        return None
    if named[0][1] != min((titles.index(title), title) for _, title in named)[1]:
        return lambda word: False
    own = {w.capitalize() for w in _words(named[0][1])}
    return lambda word: word.capitalize() in own
