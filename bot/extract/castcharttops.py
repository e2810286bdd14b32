"""The chart's top in a report whose own work is off the chart, for :mod:`.castlistings`.

A box-office report about an event screening or a streamer's film may open a paragraph on the
week's number one, another film ("Top of the chart for a third weekend was Fenhollow, the thriller
directed by X and starring Y as Z"; "For a second weekend, drama Tin Lark held the top spot.";
"At the top, The Brine Summer held firm ..."; invented examples). That paragraph credits the
leader, a work the page only ranks: when the leader is not the headline's subject (nor ours,
unless the headline itself sets it against its subject: "... as ‘Fenhollow’ holds top spot"),
what the paragraph casts is held and whom it credits is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.castchartplaces import CHART, chart_place_sentences, first_views, headline_has
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_TITLE = r"[A-Z][\w’'&-]*(?:[ ](?:(?:of|the|and|in|at)[ ])?[A-Z0-9][\w’'&-]*){0,5}"
"""A work's title as a run of capitalised words ("The Brine Summer", "Pip and the Copper Kite")."""
_TOP_PHRASE = (
    r"(?:the[ ]top[ ]spot|top[ ]spot|the[ ]top|top|No\.?[ ]?1|number[ ]one|first[ ]place"
    r"|pole[ ]position)"
)
_KEPT = (
    r"(?:held|holds|kept|keeps|retained|retains|stayed|stays|remained|remains|took|takes)"
    rf"[ ](?:on[ ]|at[ ])?{_TOP_PHRASE}\b"
)
_TOP_OF = (
    r"\b(?:Top|At[ ]the[ ]top)[ ]of[ ](?:the|that|this)[ ](?:[\w-]+[ ])?"
    r"(?:chart|charts|table|box[ ]office)\b"
)
"""The top of a chart, perhaps told which ("At the top of the weekend chart")."""
_WAS_TOP = lazy_pattern(
    rf"{_TOP_OF}[^.;:]{{0,60}}?"
    rf"\b(?:was|is|remained|remains|stayed|stays)[ ][‘“'\"]?(?P<title>{_TITLE})"
    rf"|{_TOP_OF},[ ](?:[^,.;:]{{0,50}}?[ ])?[‘“'\"]?(?P<held>{_TITLE})[’”'\"]?[ ]"
    r"(?:held|holds|stayed|stays|remained|remains|kept|keeps|clung|clings|hung)\b"
)
"""The top given by its place: "Top of the chart for a second weekend was Fenhollow", "At the
top of the weekend chart, the animated Fenhollow held on" (the work the place opens on)."""
_AT_TOP = lazy_pattern(rf"At[ ](?:the[ ]top|No\.?[ ]?1),[ ][‘“'\"]?(?P<title>{_TITLE})")
"""A paragraph opening on the top: "At the top, The Brine Summer held firm"."""
_HOLDS_TOP = lazy_pattern(rf"[‘“'\"]?(?P<title>{_TITLE})[’”'\"]?[ ]{_KEPT}")
"""The top kept by a work: "drama Tin Lark held the top spot", "‘Fenhollow’ stays top"."""
_AS_HOLDS = lazy_pattern(rf"\bas[ ][‘“'\"]?(?P<title>{_TITLE})[’”'\"]?[ ]{_KEPT}")
"""A headline setting the leader against its subject: "... as ‘Fenhollow’ holds top spot"."""
_HOLDS_AS = lazy_pattern(rf"^[‘“'\"]?(?P<title>{_TITLE})[’”'\"]?[ ]{_KEPT}[ ]as[ ]")
"""The same, leader first: "‘Fenhollow’ holds top spot as Pip fans pack cinemas"."""
_SUBJECT = lazy_pattern(rf"[‘“'\"]?(?P<title>{_TITLE})")


@once_per_doc
def ranked_sentences(doc: Doc, is_ours: Callable[[str], bool]) -> frozenset[str]:
    """The sentences of a chart report's paragraphs that rank another work: its other places
    (:func:`~bot.extract.castchartplaces.chart_place_sentences`) and a top not the headline's
    (:func:`chart_top_sentences`). Read once per article: the cast and crew chains both ask."""
    return frozenset(chart_place_sentences(doc, is_ours) | chart_top_sentences(doc, is_ours))


def chart_top_sentences(doc: Doc, is_ours: Callable[[str], bool]) -> set[str]:
    """The sentences of a chart report's paragraphs whose first sentence gives the top of the
    chart to a work other than the headline's subject."""
    if not headline_has(doc, CHART) or doc.title_para is None:
        return set()
    headline = doc.headline.rpartition(": ")[2]
    subject = _SUBJECT.match(headline)
    if subject is None:
        return set()
    against = _AS_HOLDS.search(headline) or _HOLDS_AS.match(headline)
    paras: set[int] = set()
    for para, first in first_views(doc).items():
        if para <= doc.title_para:
            continue
        span = (doc.text, first.span.start, first.span.end)
        top = _WAS_TOP.search(*span) or _AT_TOP.match(*span) or _HOLDS_TOP.search(*span)
        if top is None:
            continue
        title = _bare(top["title"] or top.groupdict().get("held") or "")
        set_against = against is not None and _shares_word(title, against["title"])
        if set_against or not (_shares_word(title, subject["title"]) or is_ours(title)):
            paras.add(para)
    return {doc.text[v.span.start : v.span.end].strip() for v in doc.views if v.span.para in paras}


def _bare(title: str) -> str:
    """The title without a leading article ("The Brine Summer" and "Brine Summer" are one work)."""
    return title.strip("‘’“”'\"").removeprefix("The ").removeprefix("A ")


def _shares_word(title: str, other: str) -> bool:
    """Whether two titles share a capitalised word (a title named in part is still the work)."""
    words = {w for w in _bare(other).split() if w[:1].isupper()}
    return any(w in words for w in title.split() if w[:1].isupper())
