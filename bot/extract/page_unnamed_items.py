"""A self-declared newsletter's items that never name the article's work, for
:mod:`bot.extract.page_others`.

A newsletter says what it is near its top ("The Slate is our weekly newsletter", "Welcome back
to Reel Notes. Four stories this week", a lede "This week: ...") and its lede lists its stories
("This week: Wrenfold Bay finds its lead, ITV renews “Cragmoor”, and the Emmys afterglow"). An
item after the first whose heading picks up a name from a part of that list that names nothing
of the article's work, and whose text names nothing of it either ("3. AFTER THE EMMYS" over
"Awards night is over, and we counted three premieres booked for one Friday in May"), is news
of something else: its dates, castings and credits are not ours (invented examples). A fan
round-up's items about our work's people ("3. Mira spills some tea") pick up no such name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.page_also_lines import WORD, names_any
from bot.extract.page_entries import Entry, entry_starts, lede_text
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NEWSLETTER = lazy_pattern(
    r"\bnewsletter\b|\bwelcome[ ]back[ ]to\b|\b(?:items|stories)[ ]this[ ]week\b"
    r"|^This[ ]week(?:[’']s[ ][A-Z][\w-]+)?:|\bsign[ ]up[ ]to[ ](?:receive|get)\b"
    r"|\b(?:(?:daily|weekly|twice-weekly|thrice-weekly|fortnightly|monthly|quarterly|morning|"
    r"evening|lunchtime|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[ ]"
    r"(?:briefing|digest|bulletin|round-?up))\b",
    re.IGNORECASE,
)
"""What a newsletter says of itself above its items: "our weekly newsletter", "Welcome back to
The Slate", "Four stories this week", a lede "This week: ..." or "This week’s Slate: ..."
listing them, "Sign up to receive The Slate", "Your Friday briefing", "the morning digest", "a
weekly bulletin"."""
_LIST_PARTS = lazy_pattern(r",|;|:|\band\b")
_INNER_NAME = lazy_pattern(r"(?<=[ ‘“\"'])[A-Z][\w’'-]+")
"""A capitalised word inside a part of the lede's list, not the word that opens it."""
_TOP = 3
"""How many paragraphs before the first item may say the page is a newsletter."""


def unnamed_items(
    doc: Doc, items: Sequence[Entry], texts: list[str], names_ours: Callable[[str], bool]
) -> set[int]:
    """Start offsets of the sentences of each item but the first that names none of ours and
    whose heading the lede lists among other news, on a page that calls itself a newsletter."""
    if not items or not _declared(doc, items[0][0]):
        return set()
    listed = _listed_names(lede_text(doc), names_ours)
    found: set[int] = set()
    for item, text in zip(items[1:], texts[1:], strict=True):
        heading = {w.strip("’'").lower() for w in WORD.findall(text.split("\n", 1)[0])}
        if heading & listed and not names_any(text, names_ours):
            found |= entry_starts(doc, item)
    return found


def _listed_names(lede: str, names_ours: Callable[[str], bool]) -> set[str]:
    """The names, in lower case, inside the parts of the lede's list that name none of ours."""
    return {
        name.strip("’'").lower()
        for part in _LIST_PARTS.split(lede)
        if not names_any(part, names_ours)
        for name in _INNER_NAME.findall(part)
        if name.strip("’'") not in STOP_TOKENS
    }


def _declared(doc: Doc, first: int) -> bool:
    """A paragraph above the first item, near the top, calls the page a newsletter."""
    top = [p for p in doc.paras[:first] if p.para != doc.title_para][:_TOP]
    return any(_NEWSLETTER.search(doc.text, p.start, p.end) is not None for p in top)
