"""A chart page's entries for the other works, for :mod:`.context`.

A box-office or streaming chart page gives each placed work a paragraph of its own: "Grey
Marsh held on to first place, taking £2m. Director Ada Vell's thriller stars Bram Oduya as a
ferryman." (invented). The first sentence names the work by its place; the rest say "it",
"the thriller", "Director X's ..." or "Star X plays Y". When the page's own work is known and
the placed work is not it, every sentence of that paragraph is the placed work's, up to one
that names ours again; so is the next paragraph when it opens by calling the work by its kind
("The folk-horror sequel, directed by ..."). A page whose own work is unknown is left alone:
its own film's place would read the same; unless its headline tells whose fans the week was
about ("UK box office: Grey Marsh holds on as Copper Bay fans pack cinemas"): that work is the
report's story, and the placed one ("Grey Marsh: Part Two remained number one") is not.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from bot.extract.lexicon import GENRE_NOUNS, NATIONALITIES, ORDINAL_WORD, STOP_TOKENS
from bot.extract.names import NAME
from bot.extract.possessive_followers import names_ours
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_CHART_PAGE = lazy_pattern(r"(?i:\bbox[ -]office\b|\bcharts?\b)")
_PLACE = (
    rf"(?:(?:first|top)[ ]place|top[ ]spot|No[ ]?1\b|number[ ]one|most[ ]popular[ ]film"
    rf"|\b(?:in|to|at)[ ]{ORDINAL_WORD}\b|[£$€][ ]?\d)"
)
"""What places a work on the chart: its place, the chart's top, or its takings."""
_PLACED = lazy_pattern(_PLACE)
_CHART_VERB = (
    r"(?:held|holds|kept|keeps|stayed|stays|remained|remains|took|takes|topped|tops|opened|"
    r"debuted|entered|added|grossed|earned|made|climbed|rose|slipped|fell|dropped)"
)
_ENTRY = lazy_pattern(
    rf"[ ]*(?:(?P<subject>{NAME})(?::[ ]{NAME}|[ ]\d{{1,2}})?[ ]{_CHART_VERB}\b"
    rf"|(?:In|At)[ ]{ORDINAL_WORD}(?:[ ]place)?,[ ](?:the[ ](?:[\w-]+[ ]){{0,4}}?)?"
    rf"(?P<after>{NAME})"
    rf"|(?i:{ORDINAL_WORD})[ ](?:was|went[ ]to)[ ](?:the[ ](?:[\w-]+[ ]){{0,4}}?)?"
    rf"(?P<named>{NAME})"
    rf"|New[ ]entry[ ](?P<entry>{NAME}))"
)
"""A sentence opening on a placed work, subtitled or not: "X held on to first place", "X: Part
Two remained", "In second place, the British romcom X added", "Third was the animated X", "New
entry X, a biopic, opened in fifth"."""
_KIND_BACK = lazy_pattern(
    rf"[ ]*The[ ](?:[\w-]+[ ]){{0,2}}?(?:{GENRE_NOUNS}|sequel|prequel|remake)\b(?![ ]of\b)"
)
"""A paragraph opening on a work called by its kind alone: "The folk-horror sequel, ..."."""
_FANS = lazy_pattern(rf"(?P<name>{NAME})[’']?[ ]fans\b")
"""A work told by its fans: "... as Copper Bay fans pack one-night screenings"."""


def _fans_work(doc: Doc) -> frozenset[str]:
    """The words of the work whose fans a chart page's headline tells of ("Grey Marsh holds on
    as Copper Bay fans pack cinemas"): the story the report is about, whatever tops its chart;
    not a nation's fans ("German fans")."""
    if doc.title_para is None:
        return frozenset()
    title = doc.paras[doc.title_para]
    return frozenset(
        word
        for match in _FANS.finditer(doc.text, title.start, title.end)
        for word in match["name"].split()
        if word not in STOP_TOKENS and word not in NATIONALITIES
    )


def chart_entry_starts(doc: Doc, ours: frozenset[str]) -> Iterator[int]:
    """Starts of the sentences of the chart entries for works other than ``ours`` (see above);
    without ``ours``, the work whose fans the headline tells of (:func:`_fans_work`)."""
    if _CHART_PAGE.search(doc.body) is None:
        return
    ours = ours or _fans_work(doc)
    if not ours:
        return

    def is_ours(text: str) -> bool:  # "Copper Bay’s director" too
        return names_ours(text, ours.__contains__)

    carried = -1
    by_para: dict[int, list[View]] = {}
    for view in sorted(doc.views, key=lambda v: v.span.start):
        by_para.setdefault(view.span.para, []).append(view)
    for para, views in sorted(by_para.items()):
        opening = views[0].chunk
        carry = carried == para - 1 and _KIND_BACK.match(opening) is not None
        led = carry or any(_placed_other(v.chunk, is_ours) for v in views)
        carried = -1
        if not led:
            continue
        inside = carry
        for view in views:
            if is_ours(view.chunk):
                inside = False
                break
            inside = inside or _placed_other(view.chunk, is_ours)
            if inside:
                yield view.span.start
        if inside:
            carried = para


def _placed_other(chunk: str, is_ours: Callable[[str], bool]) -> bool:
    """The sentence opens on a placed work, named and not ours."""
    match = _ENTRY.match(chunk)
    if match is None or _PLACED.search(chunk) is None:
        return False
    name = next(group for group in match.groups() if group)
    real = [t for t in name.split() if t not in STOP_TOKENS]
    return bool(real) and not is_ours(name)
