"""The items of a numbered newsletter that tell other works' news, read once for cast, crew and
release.

A newsletter numbers its stories and heads each with a work's name and its news ("1. Skellmoor
stirs again", "2. Wrenquay lands on 9 October", "3. ‘SALTWHISTLE’ FINDS ITS LEAD"; invented
examples). When one item is the article's own (its heading or text names our work), an item
whose heading names none of ours and whose first paragraph then sets the heading's name as a
work ("ITV has renewed its gothic fantasy Skellmoor", "Sky’s heist drama “Saltwhistle” has cast
...": a heading in capitals matches in any case) is another work's: what it casts, credits,
dates or says is that work's. So is an item whose heading names no work ("4. Lisbon after
dark") when neither it nor its first paragraph names ours and that paragraph sets a name as a
work by apposition ("Noite Fria, the new Portuguese crime series from RTP, begins ...") or its
first sentence so sets a quoted title ("2. ITV finds its detective" over "ITV has cast Ada Vale
in “The Tallow Verdict”, a three-part crime drama").
So is an item headed by a work's name with, in brackets, where and when to see it ("2. Copper
Sound (BBC Two, Sunday 9pm)", "3. The Marlow Bequest (in cinemas next Friday)") that names none
of ours, even when its paragraph calls the work only "the thriller"; so is one whose first
paragraph, naming none of ours, gives a work such brackets (:mod:`.page_item_wheres`). So is an
item that names none of ours and opens its heading with a quoted title ("2. ‘TIN KETTLE’
RETURNS") or makes one its first sentence's subject ("“Copper Sound” is getting a second
series", "Bad news for fans of “The Tin Chapel”: ..."), a capitals label before the heading's
quoted title too ("2. AXED: ‘TIN KETTLE’"), or whose first sentence sets a name as a work by an
apposition that goes on to tell it ("Sky’s Copper Sound, the four-part documentary on ..."). So
is an item headed as other news ("3. BITS AND BOBS", "4) Elsewhere") whose first paragraph
names none of ours. A listicle's own items ("3. Meet the new doctor" over "Ada Vale plays ...")
set no work's name so, and stay. So is an item headed by a name whose paragraph opens on a work
told by channel and genre ("2. GLENTARROW IS BACK" over "Channel 4’s mystery drew ..."). When
no item names ours, the first is ours if the lede names its heading's name ("This week: ...").

A live blog's and a guide's entries on other works are :mod:`.page_blog_entries`'; which words
name ours among the items, :mod:`.page_item_ours`'.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS, WORK_NEWS
from bot.extract.page_also_lines import also_lines, names_any
from bot.extract.page_blog_entries import TITLE_APPOSED
from bot.extract.page_blog_kinds import WORK_NAME as _NAME
from bot.extract.page_channel_cues import CHANNEL_OWNED as _CHANNEL_OWNED
from bot.extract.page_chart_notes import chart_other_starts
from bot.extract.page_entries import (
    MARKED,
    MIN_ENTRIES,
    NUMBERED,
    entries,
    entry_starts,
    entry_text,
    lede_text,
)
from bot.extract.page_genre_openings import told_by_genre
from bot.extract.page_glossed_lines import glossed_lines
from bot.extract.page_item_ours import (
    POSSESSIVE,
    SMALL,
    any_case,
    first_body,
    first_items,
    lede_lead,
)
from bot.extract.page_item_wheres import bracketed_where, names_where
from bot.extract.page_unnamed_items import unnamed_items
from bot.extract.roundups import other_news_heading
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_WORK_CUE = lazy_pattern(
    rf"(?i)\b(?:(?:{GENRE_NOUNS}|fantasy|saga|mystery|crime)[ ](?:(?:the|new|hit)[ ])?"
    r"|(?:a|the)[ ](?:[\w-]+[ ])?(?:series|season|run)[ ]of[ ])[“‘\"']?$"
)
"""Words just before a work's name: "its gothic fantasy ", "the drama ", a further run's "a new
series of " (not "Ada Vale’s ": that may be her part, "Ada Vale’s Mira")."""
_NOT_A_TIME = r"\b(?<!\b(?:In|in|On|on|At|at)[ ])(?<!\b(?:From|from)[ ])(?!(?:In|On|At|From)\b)"
"""Where an apposed name may start: not at a time's preposition nor after one ("In March, the
BBC drama,": a month, not a work)."""
_APPOSED = lazy_pattern(
    rf"{_NOT_A_TIME}[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){{0,3}},[ ](?:the|a|an)[ ](?:(?:new|hit)[ ])?"
    r"[A-Z][\w-]*[ ](?:[A-Z][\w-]*[ ])?(?:(?:crime|period|spy|police|teen|fantasy)[ ])?"
    rf"(?:{GENRE_NOUNS}|saga|mystery)(?![\w’'])"
)
"""A name set as a work by apposition, the work told by its country or channel: "Noite Fria,
the new Portuguese crime series", "Saltmarsh, a BBC drama" (not "... producer Ada Vale, the
entire film was shot")."""
_QUOTED_TITLE = lazy_pattern(
    r"(?<![\w])[‘“\"](?P<title>[A-Z][\w’'&-]*(?:[ ](?:[A-Z][\w’'&-]*|&|of|the|and|a|an|in|on|to|"
    r"for|at)){0,6})[’”\"](?![\w])"
)
"""A whole quotation that is a title in title case ("‘TIN KETTLE’", "“The Tin Chapel”"), not
speech ("“Nothing to say yet”")."""
_SUBJECT_AFTER = lazy_pattern(
    r":|[ ](?:is|are|has|have|was|were|will|returns|gets|comes|lands|arrives|goes|heads)\b"
)
"""After a title that is its sentence's subject: "“Copper Sound” is getting ...", "fans of
“The Tin Chapel”: ITV has ..."."""
_APPOSED_AFTER = lazy_pattern(
    rf"{_NOT_A_TIME}[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){{0,3}},[ ](?:its|their|the|a|an|"
    r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){0,2}(?:[’']s|s[’']))[ ]"
    r"(?:(?!(?:of|in|on|with|and|for|to|by)\b)[\w’'-]+[ ]){0,4}?"
    rf"(?:{GENRE_NOUNS}|saga|mystery|noir)(?:,|[ ](?:starring|from|about|set)\b)"
)
"""A name set as a work by an apposition closed by a comma or going on to tell it, the work told
by its owner or by "its": "Marrowgate, its damp coastal noir,", "Kettlefen, Brackwater Films’
grim Baltic thriller starring ..." (not "Ada Vale, the star of the drama,")."""
_ITEM_APPOSED = lazy_pattern(
    rf"{_NOT_A_TIME}{_NAME},[ ](?:the|a|an|[A-Z][\w-]*(?:[ ][A-Z][\w-]*){{0,2}}[’']s)[ ]"
    r"(?:(?!(?:of|the|a|an|before|after|was|is|were|are)\b)[\w-]+[ ]){0,3}?"
    rf"(?:{GENRE_NOUNS}|saga|mystery)(?:[,;]|[ ](?:on|about|from|set|that|which|with|starring)\b)"
)
"""A name set as a work by an apposition that goes on to tell it: "Copper Sound, the four-part
documentary on a tin mine", "Copper Sound, Sky’s six-part thriller starring ..." (not "producer
Ada Vale, the entire film was shot", "In March, the BBC drama, which ...", "on 4 May, a month
before the series starts")."""
_SENTENCE_END = lazy_pattern(r"[.!?][”’\"]?(?:[ ]|$)")
_QUOTE_MARKS = "‘’“”\"'"
_HEADING_WORDS = 12
_CUE_REACH = 40
_SEASON_REACH = 20


def other_news_items(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences in a numbered item about another work (see above)."""
    names_ours = any_case(names_ours)  # "1. LUMENFIELD SAYS GOODBYE" names Lumenfield
    notes = also_lines(doc, names_ours)  # "Also new on Vela TV: the drama “Stille Bro”, ..."
    notes |= chart_other_starts(doc, names_ours)  # "4. Tin Chapel (Disney+) – 2.2m. It ..."
    notes |= glossed_lines(doc, names_ours)  # "5. Tin Chapel – a romcom directed by ..."
    items = entries(doc, NUMBERED, _HEADING_WORDS)
    if len(items) < MIN_ENTRIES:
        items = entries(doc, MARKED, _HEADING_WORDS)  # "🔎 Copper Sound goes again"
    if len(items) < MIN_ENTRIES:
        return notes
    texts = [entry_text(doc, item) for item in items]
    if not any(names_any(text, names_ours) for text in texts):
        names_ours = lede_lead(lede_text(doc), texts[0])
        if not names_any(texts[0], names_ours):
            return notes  # no item is the article's: which one is its work is not told
    title = doc.paras[doc.title_para] if doc.title_para is not None else None
    headline = doc.text[title.start : title.end] if title is not None else ""
    names_ours = first_body(texts[0], headline, names_ours) or first_items(
        texts, names_ours, headline
    )
    found = notes | unnamed_items(doc, items, texts, names_ours)  # a newsletter's other news
    ours = "\n".join(text for text in texts if names_any(text, names_ours))
    for item, text in zip(items, texts, strict=True):
        heading, _, body = text.partition("\n")
        first = body.split("\n", 1)[0]
        if names_any(heading, names_ours):
            continue
        ours_first = names_any(first, names_ours)
        if (other_news_heading(heading) or other_run(heading, first)) and not ours_first:
            found |= entry_starts(doc, item)  # "3. BITS AND BOBS": other shows' news
            continue
        if (
            not sets_as_work(heading, first)
            and not bracketed_where(heading)
            and (
                ours_first
                or (
                    not told_by_genre(_heading_line(heading).strip(_QUOTE_MARKS), first, ours)
                    and not sets_as_work(heading, first, _CHANNEL_OWNED)
                    and _APPOSED.search(first) is None
                    and _APPOSED_AFTER.search(first) is None
                    and not _quotes_title(heading, first, names_ours)
                    and not _apposes_title(first, names_ours)
                    and not names_where(first)
                    and _ITEM_APPOSED.search(_first_sentence(first)) is None
                )
            )
        ):
            continue
        found |= entry_starts(doc, item)
    return found


_SEASON_NUMBER = (
    r"[ ](?:season|series)[ ](?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
)
_SEASON_OF = lazy_pattern(rf"{_SEASON_NUMBER}\b")
_SEASON_BEFORE = lazy_pattern(rf"{_SEASON_NUMBER}[ ]of[ ]$")
"""A season numbered before the show's name: the " season six of " of "... season six of Tin
Lane will arrive later this year"."""


def other_run(heading: str, first: str) -> bool:
    """The heading tells a show's own news (:data:`.lexicon.WORK_NEWS`: "3. Sky renews Tin Lane
    again", "3. Salt Lane’s finale has a date"), or the paragraph under it
    numbers a season of the name leading the heading ("2. Tin Lane’s second half has a date"
    over "... the second part of Tin Lane season four drops on ...", "2. Tin Lane rides again"
    over "Sky has confirmed that season six of Tin Lane will arrive ..."): a show's further run.
    A heading in capitals ("2. TIN LANE RIDES AGAIN") may lead with any of its first words."""
    line = _heading_line(heading)
    if WORK_NEWS.search(line):
        return True
    lead = list(itertools.takewhile(lambda w: w[:1].isupper(), line.strip(_QUOTE_MARKS).split()))
    return any(_numbered_run(first, name) for name in _lead_names(lead))


def _lead_names(lead: list[str]) -> list[str]:
    """The names a heading's leading capitalised words may be: all of them; in capitals, where
    the name's end cannot be seen, each run of its first words, longest first, in title case."""
    if not lead or not all(w.isupper() for w in lead):
        return [" ".join(lead)]
    titled = ["-".join(p.capitalize() for p in w.split("-")) for w in lead]
    return [" ".join(titled[:n]) for n in range(len(titled), 0, -1)]


def _numbered_run(first: str, lead: str) -> bool:
    """``first`` numbers a season of ``lead``: "Tin Lane season four", "season six of Tin Lane"."""
    name = POSSESSIVE.sub("", lead.strip(_QUOTE_MARKS))
    at = first.find(name) if name and name not in SMALL else -1
    return at >= 0 and (
        _SEASON_OF.match(first, at + len(name)) is not None
        or _SEASON_BEFORE.search(first, max(at - _SEASON_REACH, 0), at) is not None
    )


def _heading_line(heading: str) -> str:
    """A numbered heading's words after its number ("" when ``heading`` is not numbered)."""
    numbered = NUMBERED.fullmatch(heading) or MARKED.fullmatch(heading)
    return numbered["heading"] if numbered is not None else ""


def _quotes_title(heading: str, first: str, names_ours: Callable[[str], bool]) -> bool:
    """The heading opens with a quoted title that is none of ours, or the first sentence under
    it makes such a title its subject ("“Copper Sound” is ...", "fans of “Tin Chapel”: ...";
    not "best known for “Muddy Lane”, she ...": a credit in passing)."""
    line = _heading_line(heading)
    label, colon, rest = line.partition(": ")  # "RENEWED: ‘TIN KETTLE’": the title after it
    opens = _QUOTED_TITLE.match(rest if colon and label.isupper() else line)
    if opens is not None and not names_any(opens["title"], names_ours):
        return True
    sentence = _first_sentence(first)
    return any(
        not names_any(m["title"], names_ours) and _SUBJECT_AFTER.match(sentence, m.end())
        for m in _QUOTED_TITLE.finditer(sentence)
    )


def _apposes_title(first: str, names_ours: Callable[[str], bool]) -> bool:
    """The first sentence sets a quoted title, none of ours, as a work by apposition ("... as
    DI Rhoda Vance in “The Tallow Verdict”, a three-part crime drama"): the item is its news."""
    sentence = _first_sentence(first)
    return any(not names_any(m["title"], names_ours) for m in TITLE_APPOSED.finditer(sentence))


def _first_sentence(first: str) -> str:
    end = _SENTENCE_END.search(first)
    return first[: end.start() if end else len(first)]


def sets_as_work(heading: str, first: str, cue: re.Pattern[str] = _WORK_CUE) -> bool:
    """The paragraph under ``heading`` names a name of the heading's as a work (after
    ``cue``: a genre; or a channel's possessive, see :data:`_CHANNEL_OWNED`)."""
    line = _heading_line(heading)
    label, colon, rest = line.partition(": ")  # "DATES: TIN KETTLE": the name after the label
    if colon and label.isupper() and sets_as_work(f"1. {rest}", first, cue):
        return True
    runs: list[list[str]] = [[]]  # "SKY RENEWS THE TIN LANE", "Sky drops Tin Lane": any run
    for word in (w.strip(_QUOTE_MARKS) for w in line.split()):
        if word[:1].isupper():
            runs[-1].append(word)
        else:
            runs.append([])
    wide = cue is _WORK_CUE  # a genre before the name: any run; a possessive: the lead only
    for run in runs if wide else runs[:1]:  # "SKELLMOOR" heads "Skellmoor", "LOCK-IN" "Lock-In"
        upper = run and all(w.isupper() for w in run)
        lead = ["-".join(p.capitalize() for p in w.split("-")) for w in run] if upper else run
        for i, n in (
            (a, b) for a in range(len(lead) if wide else 1) for b in range(len(lead), a, -1)
        ):
            if lead[n - 1] in SMALL or all(w in SMALL for w in lead[i:n]):
                continue
            at = first.find(" ".join(lead[i:n]))
            while at >= 0:
                if cue.search(first, max(at - _CUE_REACH, 0), at) is not None:
                    return True
                at = first.find(" ".join(lead[i:n]), at + 1)
    return False
