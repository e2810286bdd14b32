"""The "other news" sections of a round-up or newsletter, for :mod:`bot.extract.context`.

A newsletter puts its main story first and gathers other shows under a heading of its own line
in capitals: "ALSO THIS WEEK", "ELSEWHERE", "IN OTHER NEWS", "IN BRIEF", "MORE FROM THE WEEK".
What those paragraphs cast, credit or date belongs to the other shows, up to the next heading in
capitals that is not one of these ("THE BIG ONE").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.text import Doc, Span

_CAPS_HEADING = re.compile(r"[ ]*[A-Z0-9][A-Z0-9 &’'!,:-]{2,40}[ ]*$")
_OTHER_NEWS = re.compile(
    r"\b(?:ALSO|ELSEWHERE|OTHER[ ](?:NEWS|SHOWS|STORIES)|IN[ ]BRIEF|MORE[ ](?:NEWS|FROM|TO)|"
    r"ROUND-?UP|QUICK[ ]HITS|BITS[ ]AND[ ]BOBS|ODDS[ ]AND[ ]ENDS)\b"
)


def roundup_sections(doc: Doc) -> list[int]:
    """Starts of the sentences under an "other news" heading in capitals."""
    if _OTHER_NEWS.search(doc.text) is None:
        return []

    def heading(para: Span, _other: bool) -> bool | None:
        if not _CAPS_HEADING.fullmatch(doc.text, para.start, para.end):
            return None
        return _OTHER_NEWS.search(doc.text[para.start : para.end]) is not None

    return sections_under(doc, heading)


def sections_under(doc: Doc, heading: Callable[[Span, bool], bool | None]) -> list[int]:
    """Starts of the sentences in the sections that headings open as another work's.

    ``heading(para, other)`` says of a paragraph, given whether the section it is in so far is
    another work's: None if it is no heading (body text), else whether the section it opens is
    another work's. The headline is never a heading.
    """
    found: list[int] = []
    other = False
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        opens = heading(para, other)
        if opens is not None:
            other = opens
        elif other:
            found.extend(v.span.start for v in doc.views if v.span.para == para.para)
    return found
