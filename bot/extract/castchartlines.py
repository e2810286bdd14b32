"""The numbered lines of a chart, for :mod:`bot.extract.castlistings`.

A streaming or box-office chart lists its places one a line, each a title with its channel or
distributor in brackets and a figure after a dash ("1. Marrow Fen (Prime Video) – 612m",
"3) Copper Wren (Netflix) — 980k"). Such a line names a work and where it is shown: the bracket
is no part and the title no actor, so what the cast rules read there is held. Two such lines at
least make a chart; a numbered cast list ("1. Ada Vale (Mira Holt)") gives no figure.
"""

from __future__ import annotations

import re

from bot.extract.text import Doc

_LINE = re.compile(
    r"\d{1,2}[.)][ ]+[^()\n]{1,80}\([^()\n]{1,40}\)[ ]*[–—-][ ]*[£$€]?\d[\d.,]*[ ]?"
    r"(?:m|bn|k|million|billion|hours|minutes|views|%)?[ ]*"
)
_LINES = 2


def chart_line_sentences(doc: Doc) -> set[str]:
    """The sentences of a chart's numbered lines, when the page has two at least."""
    paras = {
        index
        for index, para in enumerate(doc.paras)
        if _LINE.fullmatch(doc.text, para.start, para.end) is not None
    }
    if len(paras) < _LINES:
        return set()
    return {
        doc.text[view.span.start : view.span.end].strip()
        for view in doc.views
        if view.span.para in paras
    }
