"""The items of a what-to-watch guide headed by name lines, for :mod:`bot.extract.castlistings`.

A guide may head each entry not in capitals but with the work's name and where to see it, in
brackets: "Copper Sound, series 2 (BBC Two, Sunday 8pm)", "The Tin Lid (Netflix, 4 May)", or
go on after a colon to tell the entry on the same line ("Tin Lid (E4, Tuesday): Teen drama"). What
an entry casts is that work's; the page's own work is the entry it singles out ("Pick of the
week: Lumen (ITV, from Friday)"), one the headline names, or one the article names as its own.
Castings in the other entries are held. An entry runs to the next name line or short heading
line ("Coming soon").
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.crewdashentries import dashed_title
from bot.extract.lexicon import CHANNEL
from bot.extract.page_entries import MIN_ENTRIES, own_entry, where_line
from bot.extract.roundups import other_news_heading
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NAME_LINE = lazy_pattern(
    r"[ ]*(?:(?P<label>[A-Z][\w’' ]{1,30}):[ ]+)?(?P<title>[A-Z0-9‘“'\"][^()\n:]{1,70}?)[ ]+"
    r"\((?P<where>[^()\n]{2,60})\)[ ]*$"
)
"""A guide entry's name line: its title, then the channel and day in brackets."""
_INLINE_ENTRY = lazy_pattern(
    r"(?P<label>)[ ]*(?P<title>[A-Z0-9‘“'\"][^()\n:]{1,70}?)[ ]+\((?P<where>[^()\n]{2,60})\):"
    r"[ ]+[A-Z]"
)
"""A guide entry told on one line: its name, where to see it in brackets, a colon, then what it
is ("The Tin Lid (Channel 4, Thursday, 10pm): A sharp comedy ... Created by Ada Vale.")."""
_WHERE = lazy_pattern(
    r"\b(?:BBC|ITV[X1-4]?|Channel[ ]\d|Channel[ ]4|E4|Sky|Netflix|Prime|Disney|Apple|iPlayer|Hulu|"
    r"HBO|Max|Paramount|Peacock|Now|U&|Britbox|cinemas?)\b"
)
"""A channel or service in the bracket: what makes a name line a guide's."""
_SINGLED = lazy_pattern(
    r"(?i)\b(?:picks?|big[ ]one|spotlight|highlight|editor[’']s[ ]choice|must[ ]see)\b"
)
_HEADING = lazy_pattern(r"[ ]*[A-Z][\w’' -]{2,40}[ ]*$")
"""A short heading line between entries: "Also new this week", "Coming soon"."""
_TITLE_LINE = lazy_pattern(
    r"[ ]*(?:[★☆]+[ ]+)?(?P<title>[A-Z0-9‘“'\"][^\n.!?()]{1,60}?)(?:[ ]\([^()\n]{1,30}\))?[ ]*$"
)
"""A title on a line of its own: "The Copper Vault", "Lantern Bay: The Last Summer", "TIN LID
(SERIES 2)"; a star rating before it is no word of the title ("★★★ Tin Lid")."""
_DAY_WHERE = lazy_pattern(
    r"[ ]*(?:From[ ])?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:[ ]\d{1,2}(?:st|nd|rd|th)?(?:[ ][A-Z][a-z]{2,8})?)?"
    r"(?:,?[ ]\d{1,2}(?:[.:]\d{2})?[ ]?(?:am|pm))?,[ ](?:BBC|ITV|Channel[ ]\d|E4|Sky|Netflix|"
    r"Prime|Amazon|Disney|Apple|Now|U&\w*|Brit[Bb]ox|MUBI|Mubi)\b[^\n!?]{0,100}"
)
"""A where line led by the day: "Sunday 3 May, 9pm, BBC One", "From Friday 8 May, Netflix"."""


_BARE_CHANNEL = lazy_pattern(rf"[ ]*{CHANNEL}\+?(?:[ ][A-Z0-9][\w]*\+?)?[ ]*$")
"""A where line that names the channel alone ("Netflix", "BBC One", "Prime Video"): a guide's
entry for a work already out, where the page heads its other entries with when, too."""


def _where(line: str) -> bool:
    return where_line(line) or _DAY_WHERE.fullmatch(line.rstrip()) is not None


def _titled(doc: Doc, para: int, *, bare: bool = False) -> str | None:
    """The title a paragraph heads an entry with when the next line says where to see it (with
    ``bare``, or the channel alone)."""
    if para + 1 >= len(doc.paras):
        return None
    line, below = doc.paras[para], doc.paras[para + 1]
    match = _TITLE_LINE.fullmatch(doc.text, line.start, line.end)
    if match is None or len(match["title"].split()) > 8:
        return None
    where = doc.text[below.start : below.end]
    told = _where(where) or (bare and _BARE_CHANNEL.fullmatch(where) is not None)
    return match["title"] if told else None


def guide_item_sentences(doc: Doc, context: Context) -> set[str]:
    """The sentences of a guide's entries headed by name lines of works not singled out as
    the page's own, when the page has at least two such entries."""
    headline = doc.headline
    lines: dict[int, bool] = {}  # name line's paragraph: whether its entry is another work's
    stacked: dict[int, str] = {}  # a title over a where line: its paragraph and the title
    inline: set[int] = set()  # a title with its channel after a dash: no where line below it
    named: dict[int, str] = {}  # a name line's paragraph and its title, none singled out
    one_line: set[int] = set()  # a name line that goes on to tell its entry
    picked: int | None = None
    body = [para for para in doc.paras if para.para != doc.title_para]
    plain = [_titled(doc, para.para) for para in body]
    bare = sum(titled is not None for titled in plain) >= MIN_ENTRIES
    for para, told in zip(body, plain, strict=True):
        # a title its where line tells is the same title with ``bare``: not matched again
        titled = told if told is not None or not bare else _titled(doc, para.para, bare=True)
        if titled is not None:  # "PICK OF THE WEEK: LUMEN" over its where line: the own one
            label, colon, rest = titled.partition(": ")
            if colon and _SINGLED.search(label):
                picked = para.para
                stacked[para.para] = rest
            else:
                stacked[para.para] = titled
            continue
        if (dashed := dashed_title(doc, para.para)) is not None:  # "Tin Lid — BBC One, 9pm"
            stacked[para.para] = dashed
            inline.add(para.para)
            continue
        match = _NAME_LINE.fullmatch(doc.text, para.start, para.end)
        if match is None and (match := _INLINE_ENTRY.match(doc.text, para.start)) is not None:
            one_line.add(para.para)  # its own line holds what it tells
        if match is None or _where(doc.text[para.start : para.end]):
            continue
        if _WHERE.search(match["where"]) is None:
            continue
        singled = match["label"] is not None and _SINGLED.search(match["label"]) is not None
        title = match["title"].split(",")[0].strip("‘’“”'\" ")
        lines[para.para] = not singled and not context.is_ours(title) and title not in headline
        named[para.para] = "" if singled else title
    if inline and sum(title in headline for title in stacked.values()) > 1:
        # "What to watch: Lumen, Tallow and more": which named entry is ours is untold, but an
        # entry the headline leaves out is another work's all the same
        lines.update({p: stacked[p] not in headline for p in inline})
        stacked = {p: t for p, t in stacked.items() if p not in inline}
    if "" in named.values():
        named = {}  # an entry singled out ("Pick of the week: Lumen (ITV)"): the page's own
    # "What to watch: Lumen, Tallow and more": the entry the headline names first is the own one
    own = (
        picked if picked is not None else own_entry(stacked | named, headline, context.is_ours, doc)
    )
    if own is not None:  # the page's own entry found: every other entry is another work's
        lines.update({para: para != own for para in stacked | named})
    if len(lines) < MIN_ENTRIES:
        return _also_listed(doc, context)
    paras = _other_paras(doc, lines, stacked.keys() - inline, one_line)
    return {doc.text[v.span.start : v.span.end].strip() for v in doc.views if v.span.para in paras}


def _other_paras(
    doc: Doc, lines: dict[int, bool], over_where: set[int], one_line: set[int]
) -> set[int]:
    """The paragraphs of the entries ``lines`` marks as another work's: a name line that tells
    its entry on its own line, and each paragraph below a name line up to the next, or to a
    short heading line (a where line under a name line is none)."""
    paras: set[int] = set()
    other = False
    for para in doc.paras:
        if para.para in lines:
            other = lines[para.para]
            if other and para.para in one_line:
                paras.add(para.para)
        elif para.para - 1 in over_where:
            continue  # its where line ("In cinemas from Friday"): no heading, though short
        elif _HEADING.fullmatch(doc.text, para.start, para.end):
            other = False
        elif other:
            paras.add(para.para)
    return paras


def _also_listed(doc: Doc, context: Context) -> set[str]:
    """The sentences after a guide's "Also tonight" heading line, below an entry told by its
    where line ("Copper Sound" over "BBC Two, 9pm"): the rest of the evening's listings, other
    works' ("The Tin Lid, ITV1, 9pm: repeat of the drama starring Ada Vale as Mira"), however
    the page's own entry is named. A sentence that names our work stays."""
    listed = False
    below = False
    paras: set[int] = set()
    for para in doc.paras:
        line = doc.text[para.start : para.end]
        if para.para == doc.title_para:
            continue
        if _where(line):
            listed = True
        elif listed and _HEADING.fullmatch(line) and other_news_heading(line):
            below = True
        elif below:
            paras.add(para.para)
    return {
        text
        for v in doc.views
        if v.span.para in paras and not context.is_ours(text := doc.text[v.span.start : v.span.end])
    }
