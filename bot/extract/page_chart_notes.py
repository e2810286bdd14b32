"""The notes run on from a chart's lines about other works, for :mod:`.page_others`.

A streaming or box-office chart lists its places one a line, each a title with its channel in
brackets and a figure after a dash ("3. Copper Wick (Netflix) – 2.1m"), numbered or not, the
figure maybe followed by a short clause ("Copper Wick (12A) – £1.2m, down 20%"). A line may
run on into a note on the work it places ("4. Tin Chapel (Disney+) – 2.2m. The comedy, which
launched on 3 April, keeps growing"; invented examples): when the line's title names none of
ours, what the note dates, casts or credits is that work's. Two such lines at least make a chart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.text import Doc

_LINE = re.compile(
    r"[ ]*(?:\d{1,2}[.)][ ]+(?P<title>[^()\n]{1,80}?)|(?P<bare>[A-Z‘“][^()\n.:;!?]{0,50}?))"
    r"[ ]*\([^()\n]{1,40}\)[ ]*[–—-][ ]*[£$€]?\d(?:[\d.,]*\d)?"
    r"(?:[ ]?(?:m|bn|k|million|billion|hours|minutes|views|%))?(?:[ ]viewers)?"
    r"(?:,[ ](?:[^.\n]|\.\d){1,40}(?=\.))?[ ]*"
)
"""A chart's line, numbered or not: "2. Saltmere (BBC iPlayer) – 2.8m", "Saltmere (12A) - £1.2m,
down 20%" (the short clause after the figure is still the line's)."""
_NOTE = re.compile(r"\.[ ]+[A-Z‘“\"]")
"""Where a line's note starts: a full stop after its figure, then a sentence."""
_LINES = 2


def chart_note_starts(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences of chart lines that run on into a note, when the line's
    title names none of ours (``names_ours`` of each word) and the page has two lines at least."""
    lines = 0
    noted: set[int] = set()
    for para in doc.paras:
        line = _LINE.match(doc.text, para.start, para.end)
        if line is None:
            continue
        lines += 1
        if line.end() < para.end and _NOTE.match(doc.text, line.end(), para.end):
            title = line["title"] or line["bare"]
            words = [w for w in title.split() if w.capitalize() not in STOP_TOKENS]
            if not any(map(names_ours, words)):
                noted.add(para.para)
    if lines < _LINES:
        return set()
    return {view.span.start for view in doc.views if view.span.para in noted}
