"""Another chart's leader in a chart report, for :mod:`bot.extract.castlistings`.

A chart report about the film its headline puts on top may give the top of another chart too
("Across all titles, the top spot went to the second season of Netflix's ‘Tin Lark’, with
900 million minutes. The series, starring Ada Vale as Mira Holt, ..."; "In the series chart,
No 1 went to Grey Acre. It stars ..."; invented examples). That paragraph tells the other
chart's leader, a work the page only ranks: when its title is neither ours nor the headline's,
what the paragraph casts is held.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.castchartplaces import CHART, first_views, headline_has
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_WENT = (
    r"(?i:\b(?:the[ ]top[ ]spot|No\.?[ ]?1|number[ ]one|first[ ]place)[ ](?:went|goes|fell)[ ]to)"
    r"[ ]"
)
_QUOTED = lazy_pattern(rf"{_WENT}[^.;:,‘“\"]{{0,80}}[‘“\"](?P<title>[^’”\"]{{1,60}})[’”\"]")
_BARE = lazy_pattern(
    rf"{_WENT}(?:the[ ])?(?P<title>[A-Z][\w’'-]+"
    r"(?:[ ](?:of[ ]|the[ ]|and[ ])?[A-Z][\w’'-]+){0,4})"
)
"""The leader of another chart: "the top spot went to the second season of Netflix's ‘Tin
Lark’", "No 1 went to Grey Acre"."""


def chart_leader_sentences(doc: Doc, is_known: Callable[[str], bool]) -> set[str]:
    """The sentences of a chart report's paragraphs whose first sentence gives another chart's
    top to a work that is not ours nor the headline's (``is_known``)."""
    if not headline_has(doc, CHART) or doc.title_para is None:
        return set()
    paras: set[int] = set()
    for para, first in first_views(doc).items():
        if para <= doc.title_para:
            continue
        span = (doc.text, first.span.start, first.span.end)
        went = _QUOTED.search(*span) or _BARE.search(*span)
        if went and not is_known(went["title"]):
            paras.add(para)
    return {doc.text[v.span.start : v.span.end].strip() for v in doc.views if v.span.para in paras}
