"""The entries of a page that tells several works, one after another.

A newsletter numbers its items ("1. TALLOW BAY GETS A DATE", "2. ‘Cragmoor’ loses its star"), a
what-to-watch guide heads each entry with a title in capitals and its channel ("THE HOUSE ON
QUILL LANE – Channel 5, Saturday 9pm"). What an entry casts, credits or dates is the work it is
about, which may not be the article's: the cast, crew and release rules that ask "which entry is
another work's" find the entries here, so that they cut a page the same way.

An entry is its heading's paragraph and the paragraphs after it, up to the next heading; what
comes before the first heading (the lead story) is no entry. The headline is never a heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from bot.extract.cues import hint
from bot.extract.lexicon import CHANNEL, WEEKDAY_NAME
from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, Span, View
from bot.lazy_patterns import lazy_pattern

NUMBERED = lazy_pattern(r"[ ]*\d{1,2}[.)][ ]+(?P<heading>[^\n]{2,70}?)[ ]*$")
"""A newsletter's numbered item heading: "2. ‘GLASS HOUSE’ GETS A DATE", "3) Cast news"."""
_PICTOGRAPH = (
    r"(?:[\U0001F300-\U0001FAFF]\uFE0F?|[\u2600-\u27BF]\uFE0F|[\u2614\u2615\u2648-\u2653\u267F"
    r"\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA"
    r"\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF])"
)
"""A pictograph shown as an emoji: one of the pictograph blocks ("🔎"), or a symbol of
U+2600-U+27BF asked for as an emoji ("☀️") or shown so by default ("✅", "✨"); not a plain
symbol used as a bullet ("★", "✓", "☎")."""
MARKED = lazy_pattern(rf"[ ]*{_PICTOGRAPH}[ ]+(?P<heading>[^\n]{{2,70}}?)[ ]*$")
"""A newsletter's item heading that opens on a pictograph instead of a number: "🔎 Quillmoor
goes again", "📺 This weekend"."""
GUIDE = lazy_pattern(
    r"[ ]*(?P<heading>[A-Z0-9][A-Z0-9 &’':!?,.-]{2,60}?)[ ]+[–—|-][ ]+[A-Z0-9][^\n]{1,80}$"
)
"""A guide's entry heading: a title in capitals, a dash or bar, its channel and day ("LUMEN –
BBC One, 9pm", "NIGHT FERRY | Channel 5, Sunday")."""

CAPS_HEADING = lazy_pattern(r"[ ]*[A-Z0-9][A-Z0-9 &’'!?,:–—-]{2,60}[ ]*$")
"""A heading line in capitals: "ALSO THIS WEEK", "MONDAY", "SOAP STAR TO PLAY FAGIN"."""

_IRISH = r"(?:RTÉ|RTE|TG4|Virgin[ ]Media)\b"
_CHANNEL = rf"(?:{CHANNEL}|{_IRISH})"
"""A where line's channel: the page layer's, and Ireland's (a guide lists "RTÉ One, Sunday")."""
IRISH_WHERE = lazy_pattern(rf"[ ]*{_IRISH}")
"""A where line led by an Irish channel: a newer shape, which the quote rules do not read."""
_WHERE_LINES = (
    re.compile(
        r"[ ]*(?:(?:Where[ ]to[ ](?:watch|stream|see)|Available[ ]on|Watch[ ]it[ ]on)[ ]*:[ ]*)?"
        rf"{_CHANNEL}[^\n.!?]{{0,80}},[^\n.!?]{{0,80}}"
    ),
    re.compile(
        rf"[ ]*{_CHANNEL}[^\n.!?]{{0,60}}?\b(?:from[ ])?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)"
        r"day\b[^\n.!?]{0,30}"
    ),
    re.compile(rf"[ ]*Where[ ]*:[ ]*{_CHANNEL}[^\n.!?]{{0,60}}[.;][ ]*When[ ]*:[^\n]{{1,80}}"),
    re.compile(
        rf"[ ]*(?:From[ ])?{WEEKDAY_NAME}[ ]\d{{1,2}}[ ][A-Z][a-z]+"
        rf"(?:,[ ]\d{{1,2}}(?::\d{{2}})?[ ]?[ap]m)?,[ ]{_CHANNEL}[^\n.!?]{{0,60}}"
    ),
    re.compile(
        r"[ ]*(?:Streaming|Available|Showing)[ ](?:from|on)[ ]*:[ ]*(?:Mon|Tues|Wednes|Thurs|Fri|"
        r"Satur|Sun)day\b[^\n.!?]{0,30}"
    ),
    lazy_pattern(rf"[ ]*(?:Streaming|Out|Available)[ ]now,[ ]{_CHANNEL}[^\n.!?]{{0,60}}"),
    lazy_pattern(rf"[ ]*\d{{1,2}}(?::\d{{2}})?[ ]?[ap]m,[ ]{_CHANNEL}[^\n.!?]{{0,60}}"),
)
"""A guide's line under a work's title saying where and when to see it: "Where to watch: BBC
Two, Sunday 9pm", "Prime Video, from Friday 5 June", "Where: Netflix. When: Friday, 8am",
"S4C and BBC iPlayer, Sunday, 9.15pm", "Sunday 7 June, 9pm, BBC Two", "From Friday 5 June, Sky
Cinema", "Streaming from: Thursday 4 June", "Streaming now, Netflix", "9pm, BBC Two"."""
_BRACKETED_WHERE = lazy_pattern(
    rf"[ ]*(?P<title>[A-Z0-9‘“'\"][^()\n:]{{1,70}}?)(?:,[^()\n,]{{1,20}})?"
    rf"[ ]+\({CHANNEL}[^()\n]{{0,60}}\)[ ]*"
)
"""A guide's entry line: a work's title, then where to see it in brackets ("Lumen (Netflix,
Friday)", "Tallow, season 2 (BBC Two, Sunday)")."""
_WHEN_IN_BRACKET = lazy_pattern(
    rf"\b(?:{WEEKDAY_NAME}s?|tonight|today|tomorrow|from[ ]\w+"
    r"|\d{1,2}(?:[:.]\d{2})?[ ]?[ap]m|\d{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[a-z]*)\b",
    re.IGNORECASE,
)
"""When to see it, in a guide entry's brackets ("Friday", "9pm", "from 5 June"): a panel's or a
staff list's "Ada Vale (Netflix, head of drama)" names a channel and a person, never when."""
_WHERE_HINT = hint(
    "BBC", "ITV", "S4C", "Channel ", "E4", "Sky", "Netflix", "Prime", "Amazon", "Disney", "Apple",
    "iPlayer", "Hulu", "HBO", "Max", "Paramount", "Peacock", "Now", "U&", "Brit", "MUBI", "Mubi",
    "inemas", "Streaming", "Available", "Showing", "RTÉ", "RTE", "TG4", "Virgin Media",
)  # fmt: skip
"""A word every form of ``_WHERE_LINES`` needs (its channel's first word, or the last form's
opening word): a necessary condition, tried before them."""
_DOTTED_TIME = lazy_pattern(r"\b(\d{1,2})\.(\d{2})(?=[ ]?[ap]m\b)")
"""A time written with a dot ("9.15pm"): read as "9:15pm" so the dot ends no sentence."""

Entry = Sequence[int]
"""An entry's paragraph numbers, its heading's first (a tuple where it is read once per article
and shared: :func:`.crewguideentries.where_line_entries`)."""
MIN_ENTRIES = 2
"""A page of entries has two at least: one heading alone makes no list."""
HEADING_MAX_WORDS = 8
"""A guide's name line's longest (its name and channel, or its name alone): a sentence is no
heading."""


def entries_under(doc: Doc, headings: Collection[int]) -> tuple[Entry, ...]:
    """Each entry of the page whose headings' paragraphs are ``headings``: a heading and the
    paragraphs after it, up to the next heading, the headline left out."""
    found: list[list[int]] = []
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        if para.para in headings:
            found.append([para.para])
        elif found:
            found[-1].append(para.para)
    return tuple(tuple(entry) for entry in found)


def numbered_heading(line: str) -> str | None:
    """A newsletter's numbered item's heading ("Lumen is back" of "2. Lumen is back"), or None:
    no number, or prose ("2. Ada Vale said so.")."""
    item = NUMBERED.fullmatch(line)
    return item["heading"] if item is not None and item["heading"][-1] not in ".!?;" else None


def entries(doc: Doc, heading: re.Pattern[str], max_words: int) -> list[Entry]:
    """Each entry under a heading line ``heading`` matches (its group "heading" of at most
    ``max_words`` words, not ending as a sentence does: "2. Ada Vale said so." is prose)."""
    found: list[list[int]] = []
    lines = _heading_lines(doc, heading)
    for para in doc.paras:
        if para.para == doc.title_para:
            continue
        line = lines.get(para.para, "")
        if line and line[-1] not in ".!?;" and len(line.split()) <= max_words:
            found.append([para.para])
        elif found:
            found[-1].append(para.para)
    return list(found)


@once_per_doc
def _heading_lines(doc: Doc, heading: re.Pattern[str]) -> dict[int, str]:
    """The group "heading" of each paragraph ``heading`` matches, the headline left out: the
    page readers of the cast, the crew and the quotes each look for the same numbered lines."""
    found: dict[int, str] = {}
    for para in doc.paras:
        match = (
            heading.match(doc.text, para.start, para.end) if para.para != doc.title_para else None
        )
        if match is not None:
            found[para.para] = match["heading"]
    return found


def entry_text(doc: Doc, entry: Entry) -> str:
    """The entry's paragraphs, its heading's included, one a line."""
    paras = set(entry)
    return "\n".join(doc.text[p.start : p.end] for p in doc.paras if p.para in paras)


def entry_starts(doc: Doc, entry: Entry) -> set[int]:
    """Start offsets of the entry's sentences."""
    paras = set(entry)
    return {v.span.start for v in doc.views if v.span.para in paras}


def first_sentence(doc: Doc, entry: Entry) -> View | None:
    """The first sentence under the entry's heading: where it says what it is about."""
    return next((v for v in doc.views if v.span.para in entry[1:]), None)


def sections_under(doc: Doc, heading: Callable[[Span, bool], bool | None]) -> list[int]:
    """Starts of the sentences in the sections that headings open as another work's.

    ``heading(para, other)`` says of a paragraph, given whether the section it is in so far is
    another work's: None if it is no heading (body text), else whether the section it opens is
    another work's. The headline is never a heading. Unlike :func:`entries`, a heading may keep
    the section it is in ("STARRING" under "2. NIGHT FERRY" changes nothing): the rules of
    :mod:`.context`, :mod:`.roundups`, :mod:`.release_others` and :mod:`.castnewsitems` each
    tell their own headings.
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


def lede_text(doc: Doc) -> str:
    """The lede's paragraphs (the standfirst before the headline), joined; empty without one."""
    return " ".join(doc.text[p.start : p.end] for p in doc.paras[: doc.title_para])


def where_line(line: str) -> bool:
    """Whether ``line`` is a guide's where line (see ``_WHERE_LINES``), in any of its forms."""
    if not _WHERE_HINT.search(line):
        return False
    line = line.rstrip()
    if "am" in line or "pm" in line:  # the time's "am" or "pm", without which nothing is dotted
        line = _DOTTED_TIME.sub(r"\1:\2", line)
    return any(p.fullmatch(line) is not None for p in _WHERE_LINES)


def bracketed_titles(doc: Doc) -> frozenset[str]:
    """The works a guide heads its entries with, where to see each in brackets after it: titles,
    never a person who speaks (a "she says" in the entry is not the title's)."""
    return frozenset(
        match["title"].strip("‘’“”'\" ")
        for para in doc.paras
        if (match := _BRACKETED_WHERE.fullmatch(doc.text, para.start, para.end)) is not None
        and _WHEN_IN_BRACKET.search(doc.text, match.end("title"), match.end()) is not None
    )


_RATING = lazy_pattern(r"[ ]*[★☆]+[ ]*$|^[ ]*[★☆]+[ ]*")
"""A guide's star rating after or before an entry's title ("TIN LID ★★★", "★★★ Tin Lid"): no
word of the title."""


def own_entry(
    titles: dict[int, str], headline: str, is_ours: Callable[[str], bool], doc: Doc | None = None
) -> int | None:
    """Of entries headed by a work's title (the heading's paragraph: its title), the page's own:
    the one the headline names first, by its whole title or a subtitled title's main part
    ("What to watch: Lumen, ‘Tallow’ and more"), unless ``doc``'s lede names just one other
    of those the headline names ("A BBC drama leads our picks, but Tallow is the big
    goodbye"; the lede is read only then) or, the lede naming them all, just one entry's text
    opens by singling it out ("Our pick of the week, though, is this ..."), else the one entry
    whose title's first real word alone it names ("Lumen says goodbye" of "Lumen Forever"), else
    the one entry whose title is the article's own; None when none tells."""
    titles = {para: _RATING.sub("", title) for para, title in titles.items()}
    named = {para: _named_at(_unlabelled(title), headline) for para, title in titles.items()}
    named = {para: found for para, found in named.items() if found >= 0}
    # "Lumen: The Far Shoal" under "What to watch: Lumen bows out, plus Tallow" is the own one
    at = {para: _main_at(title, headline) for para, title in titles.items() if para not in named}
    named |= {para: found for para, found in at.items() if found is not None}
    if len(named) > 1 and doc is not None:  # the lede (``doc``'s) read only when it may tell
        lede = guide_lede(doc)
        told = [para for para in named if _lede_names(_unlabelled(titles[para]), lede)]
        if len(told) != 1:  # the lede names both: the one whose own text singles it out
            told = [para for para in named if _singled_below(doc, para)]
        if len(told) == 1:
            return told[0]
    if named:
        return min(named, key=lambda para: named[para])
    led = [para for para, title in titles.items() if _lead_named(title, headline)]
    if len(led) == 1:
        return led[0]  # "What to watch: Lumen says goodbye" over the entry "Lumen Forever"
    ours = [p for p, title in titles.items() if is_ours(title.replace(":", " "))]
    return ours[0] if len(ours) == 1 else None


_SINGLED_OPENING = lazy_pattern(
    r"[ ]*(?:(?:Our|My|The|This[ ]week[’']s)[ ])?(?:pick|choice)[ ]of[ ]the[ ]"
    r"(?:week|weekend|day|night)\b",
    re.IGNORECASE,
)
"""An entry's text opening by singling it out: "Our pick of the week, though, is this ..."."""
_SINGLED_LABEL = lazy_pattern(
    r"[ ]*(?:(?:Our|My|Today[’']s|Tonight[’']s|This[ ]week[’']s|Editor[’']s|Critic[’']s)[ ])?"
    r"(?:top[ ])?(?:pick|choice)(?:[ ]of[ ]the[ ](?:week|weekend|day|night))?[ ]?:[ ]",
    re.IGNORECASE,
)
"""An entry's heading labelled as the guide's pick: "Our pick: Tallow", "Pick of the day: ..."."""


def _singled_below(doc: Doc, para: int) -> bool:
    """Whether the heading at ``para`` is labelled as the pick, or one of the two paragraphs
    under it opens by singling the entry out (a where line between them opens with none of
    those words)."""
    heading = doc.paras[para]
    if _SINGLED_LABEL.match(doc.text, heading.start, heading.end):
        return True
    below = doc.paras[para + 1 : para + 3]
    return any(_SINGLED_OPENING.match(doc.text, span.start, span.end) for span in below)


_LEAD_WORD = lazy_pattern(
    r"[“‘\"']?(?:(?:The|A|An)[ ])?(?!(?:This|That|These|Those|What|When|Where|Which|Here|There|"
    r"Your|Every|Best|Week|Weekend|Tonight|From|With)\b)(?P<word>[A-Z][\w’'-]{3,})\b"
)
"""A title's first real word: "Lumen" of "Lumen Forever" or of "The Lumen Files"; not a word a
guide's headline opens with for its own sake ("This week's TV" names no "This Fragile Shore")."""


def _lede_names(title: str, lede: str) -> bool:
    """Whether the lede names the title, whole in any case, or by its first real word as a
    capitalised word of its own ("Lumen" of "Lumen Forever"; "long-awaited" names no "The Long
    Field")."""
    if re.search(rf"\b{re.escape(title)}\b", lede, re.IGNORECASE):
        return True
    lead = _LEAD_WORD.match(title if not title.isupper() else title.title())
    return lead is not None and re.search(rf"\b{re.escape(lead['word'])}\b(?!-)", lede) is not None


def guide_lede(doc: Doc) -> str:
    """The lede, as it may tell a guide's own entry (:func:`own_entry`); empty on a page that
    singles its own out under a heading of its own ("PICK OF THE WEEK")."""
    picked = any(_PICK_HEADING.fullmatch(doc.text, p.start, p.end) for p in doc.paras)
    return "" if picked or doc.title_para is None else lede_text(doc)


_PICK_HEADING = lazy_pattern(r"(?i)[ ]*(?:our[ ])?picks?[ ]of[ ]the[ ]\w+[ ]*")
"""A heading line that singles out the page's own entry: "PICK OF THE WEEK", "Pick of the day"."""


_LOWER_WORD = lazy_pattern(r"\b[a-z]{4,}\b")
"""A lowercase word: a headline with none is in title case ("What to Watch This Week"), where a
capital says nothing of a title."""


def _lead_named(title: str, headline: str) -> bool:
    """Whether the headline names the title by its first real word alone, as a whole word
    ("Lumen says goodbye" of "Lumen Forever"); never in a title-case headline, whose "This" or
    "Week" names no entry ("This Fragile Shore")."""
    if _LOWER_WORD.search(headline) is None:
        return False
    lead = _LEAD_WORD.match(title)
    return lead is not None and re.search(rf"\b{re.escape(lead['word'])}\b", headline) is not None


def _unlabelled(title: str) -> str:
    """A title in capitals less a label before it ("THE QUIET FERRY" of "PICK OF THE WEEK: THE
    QUIET FERRY", "LUMEN: THE LAST TIDE" of "PICK OF THE WEEK: LUMEN: THE LAST TIDE"), or a
    label in lower case after its first word ("Our top pick: Lumen"; a title's main part,
    "Lumen: The Last Tide", has capitals); any other title as it is."""
    label, colon, rest = title.partition(": ")
    words = label.split()
    lower = all(word.islower() for word in words[1:])
    return rest if colon and len(words) > 1 and (title.isupper() or lower) else title


def _named_at(title: str, headline: str) -> int:
    """Where the headline names the title (one in capitals, "QUILLMOOR", in any case); -1 when
    it does not."""
    return headline.lower().find(title.lower()) if title.isupper() else headline.find(title)


def _main_at(title: str, headline: str) -> int | None:
    """Where the headline names a subtitled title's main part ("Lumen" of "Lumen: The Last
    Tide"), as whole words; None when it does not."""
    main, colon, _ = title.partition(": ")
    found = re.search(rf"\b{re.escape(main)}\b", headline) if colon and main else None
    return found.start() if found is not None else None
