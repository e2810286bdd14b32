"""The numbered lines of a chart, for :mod:`bot.extract.castlistings`.

A streaming or box-office chart lists its places one a line, each a title with its channel or
distributor in brackets and a figure after a dash ("1. Marrow Fen (Prime Video) – 612m",
"3) Copper Wren (Netflix) — 980k"). Such a line names a work and where it is shown: the bracket
is no part and the title no actor, so what the cast rules read there is held. Two such lines at
least make a chart; a numbered cast list ("1. Ada Vale (Mira Holt)") gives no figure.

A line may run on into a note on the work it places ("2. Copper Wren (Netflix) – 367m. The
period drama, starring Ada Vale as Mira, slipped to second"): the note casts that work, so it is
held too, unless the line's title is the article's own. So does a later sentence of the report
that opens with such a title ("Copper Wren, with Ada Vale back as Mira, fell to fourth",
"Copper Wren’s Ada Vale ..."; the line may add its season: "2. Copper Wren, season two").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.page_chart_notes import SEASON_TAIL, title_opener
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_LINE = lazy_pattern(
    r"\d{1,2}[.)][ ]+(?P<title>[^()\n]{1,80}?)"
    r"(?:[ ]*\([^()\n]{1,40}\)[ ]*[–—-][ ]*[£$€]?|[ ]+[–—-][ ]*[£$€])\d[\d.,]*"
    r"(?:[ ]?(?:(?:million|billion|bn|m|k)\b|%))?(?:[ ]?(?:hours|minutes|views)\b)?[ ]*"
    r"(?:\([^()\n]{1,20}\)|,[ ](?:[^.()\n]|\.\d){1,40}(?=\n|$|\.[ ]))?[ ]*"
)
"""A numbered line, its figure perhaps followed by a short bracket or clause: "3. Night Quarry
(Orbis) – £0.9m (new)", "2. Tin Chapel (Lumen) – £1.4m, total £9.8m"."""
_TAILED = lazy_pattern(
    r"\d{1,2}[.)][ ]+(?P<title>[^()\n]{1,80}?)[ ]*\([^()\n]{1,40}\)[ ]*[–—-][ ]+"
    r"(?=.*[ ]\d[\d.,]*(?:m|k|[ ]million)?[ ](?:views|hours)\.?$)"
)
"""A numbered line whose note comes straight after the dash and its figure last: "2. Tin Chapel
(Lumen) – the period drama with Ada Vale as Mira slipped a place. 4.1m views."."""
_NOTE = lazy_pattern(r"\.[ ]+[A-Z‘“\"]")
"""Where a line's note starts: a full stop after its figure, then a sentence."""
_LINES = 2


def chart_line_sentences(doc: Doc, is_known: Callable[[str], bool]) -> set[str]:
    """The sentences of a chart's numbered lines, when the page has two at least, and those of
    the notes run on from lines whose title is neither ours nor the headline's (``is_known``)."""
    paras: set[int] = set()
    noted: dict[int, bool] = {}
    others: set[str] = set()  # the placed titles that are neither ours nor the headline's
    known: set[str] = set()  # those that are
    for index, para in enumerate(doc.paras):
        line = _LINE.match(doc.text, para.start, para.end)
        placed = line or _TAILED.match(doc.text, para.start, para.end)
        if placed is None:
            continue
        title = SEASON_TAIL.sub("", placed["title"]).strip()
        (known if is_known(title) else others).add(title)
        if line is None:  # a tailed line: its note first, its figure last
            noted[index] = title not in known
        elif line.end() == para.end:
            paras.add(index)
        elif _NOTE.match(doc.text, line.end(), para.end):
            noted[index] = not is_known(line["title"])
    if len(paras) + len(noted) < _LINES:
        return set()
    found = {
        doc.text[view.span.start : view.span.end].strip()
        for view in doc.views
        if view.span.para in paras or noted.get(view.span.para, False)
    }
    firsts = {
        doc.text[view.span.start : view.span.end].strip()
        for view in doc.views
        if view.span.para in noted and view.span.start == doc.paras[view.span.para].start
    }
    return found | firsts | _opened_by(doc, others, known, paras)


def _opened_by(doc: Doc, titles: set[str], known: set[str], lines: set[int]) -> set[str]:
    """The sentences outside the chart's lines that open with one of ``titles`` (after any
    opening quotation marks), then a comma, a possessive or a space, and name none of the
    ``known`` placed titles after it ("The Rival slipped, while Ours stars ...": ours)."""
    opener = title_opener(titles)
    if opener is None:
        return set()
    found: set[str] = set()
    for view in doc.views:
        if view.span.para in lines:
            continue
        sentence = doc.text[view.span.start : view.span.end].strip()
        opened = opener.match(sentence)
        if opened is not None and not any(t in sentence[opened.end() :] for t in known):
            found.add(sentence)
    return found
