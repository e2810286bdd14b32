"""The other entries of a chart report, for :mod:`bot.extract.castlistings`.

A chart report is about the work its headline puts on top ("‘Lumen’ storms to No 1 as Tin Lid
slips"); the paragraphs that place the other works ("Tin Lid, out since May, fell to No 2. The
film, which stars Ada Vale as Mira Holt, ..."; "At No 3, Salt Year stars Kai Lund as ...") tell
works the page only ranks, so what they cast is held.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

CHART_WORDS = r"chart|charts|No\.?[ ]?1|number[ ]one|top[ ](?:ten|10|spot)"
"""Words of a headline that reports a chart ("storms to No 1", "top ten")."""
CHART = lazy_pattern(rf"(?i)\b(?:{CHART_WORDS}|box[ ]office)\b")
"""A headline that reports a chart (a box-office report ranks the weekend's films)."""
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
"""A place below the top, in words."""
_PLACES = r"(?:a|one|two|three|four|five|six|seven|eight|nine)[ ](?:place|spot)s?"
"""A move told by how far it went ("slipped two places to fourth")."""
_PLACE = lazy_pattern(
    r"(?i)\b(?:at|to|in)[ ]No\.?[ ]?(?:[2-9]|1\d|20)\b"
    rf"|\b(?:was|came|finished|placed|sits|sat|is)[ ]{_ORDINAL}\b"
    rf"|\b(?:to|in|into)[ ]{_ORDINAL}[ ](?:place|spot|position)\b"
    r"|\b(?:at|to)[ ]number[ ](?:two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:slipped|slid|fell|dropped|sank|tumbled|climbed|rose|moved)"
    rf"(?:[ ]from[ ](?:first|{_ORDINAL})|[ ]{_PLACES}|[ ](?:back|down))?[ ]to[ ]{_ORDINAL}\b"
    rf"|\b{_ORDINAL}[ ](?:place|spot)[ ](?:went|goes|belongs|belonged|fell)[ ]to\b"
    r"|\b(?-i:Further|Lower)[ ]down(?:[ ]the[ ](?:chart|table|list|rankings))?,"
    r"|\b(?-i:Rounding|Completing)[ ]out[ ]the[ ]top[ ](?:three|five|ten|[3-9]|10)\b"
    rf"|\b(?-i:In|At)[ ]{_ORDINAL},|[:;][ ](?-i:in|at)[ ]{_ORDINAL},"
)
"""A lower place in the chart: "fell to No 2", "At No 3,", "was fourth", "fell to second
place", "In third place,", "dropped to number three", "slipped to second", "Second place went
to ...", or further down the chart: "Further down, ‘Tin Lid’ added ...", "In third, Tin Lid
added ...", "Rounding out the top five was Tin Lid"."""
_TOP = lazy_pattern(r"At[ ](?:the[ ]top(?:[ ]of[ ]the[ ](?:chart|charts|table|list))?|No\.?[ ]?1),")
"""A paragraph opening on the top ("At the top, Tin Lid added ..."): another entry too, when the
work placed is neither ours nor the headline's subject."""


@once_per_doc
def headline_has(doc: Doc, pattern: re.Pattern[str]) -> bool:
    """Whether the headline holds ``pattern``: the chart, footage and guess readers ask again
    for each sentence or quotation, and the answer is the article's."""
    if doc.title_para is None:
        return False
    title = doc.paras[doc.title_para]
    return pattern.search(doc.text, title.start, title.end) is not None


def first_views(doc: Doc) -> dict[int, View]:
    """Each paragraph's first sentence, by paragraph, in one pass over ``doc.views``."""
    firsts: dict[int, View] = {}
    for view in doc.views:
        firsts.setdefault(view.span.para, view)
    return firsts


_PLACED_NAME = lazy_pattern(
    r",?[ ](?:was[ ]|is[ ]|went[ ]to[ ]|goes[ ]to[ ])?(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*)"
)
"""The work a place is given to, right after the place words: "In second, Fellside,",
"Rounding out the top five was Fellside"."""
_OPENING_NAME = lazy_pattern(r"[‘“'\"]?(?P<name>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*)")
"""The work a sentence opens on: "Tin Lid, out since May, fell to No 2"."""


def chart_place_sentences(doc: Doc, ours: Callable[[str], bool] | None = None) -> set[str]:
    """The sentences of a chart report's paragraphs whose first sentence gives another place
    (to a work that is not ``ours``: "In second, <our film>, directed by ..." is still ours)."""
    if not headline_has(doc, CHART):
        return set()
    paras = set()
    subject = _headline_subject(doc)
    for para, first in first_views(doc).items():
        start, end = first.span.start, first.span.end
        place = _PLACE.search(doc.text, start, end) or _TOP.match(doc.text, start, end)
        if para == doc.title_para or place is None:
            continue
        if ours is not None and _placed_is_ours(doc, first.span.start, place.end(), ours, subject):
            continue
        paras.add(para)
    return {doc.text[v.span.start : v.span.end].strip() for v in doc.views if v.span.para in paras}


def _headline_subject(doc: Doc) -> str | None:
    """The work the headline opens on ("Box office: Fellside slips to second ...")."""
    subject = _OPENING_NAME.match(doc.headline.rpartition(": ")[2])
    return subject["name"] if subject is not None else None


def _placed_is_ours(
    doc: Doc, start: int, end: int, ours: Callable[[str], bool], subject: str | None
) -> bool:
    """The work the place is given to (named right after it, or opening its sentence) is ours,
    or the headline's ``subject`` (read once per page by :func:`_headline_subject`)."""
    names = (_PLACED_NAME.match(doc.text, end), _OPENING_NAME.match(doc.text, start))
    return any(
        named is not None and (ours(named["name"]) or named["name"] == subject) for named in names
    )
