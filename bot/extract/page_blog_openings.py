"""A live blog's paragraphs that turn to another work, for :mod:`.page_others`.

A live blog's time lines are page furniture and do not reach the text (:mod:`.page`), so where
each entry starts is lost; but an entry that turns to another show opens on it, set as a work
by apposition: "A teaser for Cragwater, the gothic drama from creator Ada Pennick, starring
...", "Next up is Caerwyth, a new Welsh crime series from writer Osric Vane." (invented
examples). On a page whose headline says it is live, :func:`blog_paragraphs` gives each
paragraph's sentences with the opening where such a name must stand; the paragraph is then
that work's (its entry may run on, but a paragraph is all the text can tell).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.page_memos import once_per_doc
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_LIVE = lazy_pattern(
    r"(?<!\b[Ll]ong[ ])\b(?:live|LIVE|(?<=[:–-][ ])Live|Live(?=$))\b"
    r"(?![ ](?:in|on|at|with|for|action)\b)"
    r"|(?<![^\n])Live(?:[ ](?:[Uu]pdates|[Bb]log|[Cc]overage))?(?=:|[ ][|–—-][ ])"
    r"|\bas[ ]it[ ](?:happen(?:s|ed)|unfolded)\b"
)
"""A live page's headline: "Showcase live: ...", "... premiere LIVE – ...", "– live updates",
"... premiere – Live", "Live: ...", "Live updates: ...", or a blog's run told by its close
("... slate: every reveal as it happened", "... – as it happens", "as it unfolded") (not "long
live Dunmarrow", "Long Live Dunmarrow: ...", "where they live in ...", "Where They Live Now: ...",
"Live-action ...", "a mystery you solve as it unfolds": a review's)."""
OPENING_REACH = 30
"""How far into a paragraph's first sentence the other work's name must start: "A teaser for
", "First up is ", "Next, a first look at "."""
ROLE_AFTER_WORK = lazy_pattern(
    r"[ ](?:creator|co-creator|writer|star|director|producer|showrunner|actor|actress|author|"
    r"composer|regular|lead|veteran|fan|fans|newcomer)s?\b"
)
"""A person's role after the kind of work: "Ada Vale, the series creator, ..." sets a person,
not a work."""
_REVEALED = lazy_pattern(
    r"(?:^|,[ ])(?:[A-Z][\w’'-]*[ ]){1,3}(?:also[ ])?(?:announced|confirmed|unveiled|revealed|"
    r"previewed|teased|showed[ ]off)[ ]$"
)
"""A clause whose subject, a name, reveals the work that follows: "Before the break, Netflix
confirmed Cragwater, the gothic drama ...": the entry is that work's, however long its lead."""


def opens(first: str, found: re.Match[str], reach: int) -> bool:
    """The work ``found`` in an entry's first sentence opens it: it starts within ``reach``, or
    a named subject's reveal brings it in (:data:`_REVEALED`)."""
    at = found.start()
    return at <= reach or _REVEALED.search(first, 0, at) is not None


_PLUS = lazy_pattern(r"(?:,[ ]|[ ][–—-][ ]|[ ])plus[ ](?=[A-Z‘“'\"])")
"""Where a headline turns from its own news to the page's other works: "... live: Tide
premieres, plus Marrow and The Understudy"."""
_LISTED = lazy_pattern(r"\b(?:live|LIVE|Live)[ ]?:[ ][^,\n]{3,80}?,[ ](?=[A-Z‘“'\"])")
"""Where a live headline's list of the day's works turns from its first: "Flare live: Tide
closing gala, Marrow wins audience award, The Understudy"."""
_CAPITAL = lazy_pattern(r"\b[A-Z][\w’'-]*")


def unplussed(
    names_ours: Callable[[str], bool], headline: str, lede: str = ""
) -> Callable[[str], bool]:
    """``names_ours`` less the words a headline names only after its "plus" (:data:`_PLUS`), or
    only after the first item of a live headline's list (:data:`_LISTED`) when the ``lede``
    does not name them either: those name the page's other works, never its own (a lede that
    names a later item may be leading on it: its words stay)."""
    turn = _PLUS.search(headline)
    listed = turn is None and (turn := _LISTED.search(headline)) is not None
    if turn is None:
        return names_ours
    before = {w.strip("’'") for w in _CAPITAL.findall(headline, 0, turn.start())}
    extras = {w.strip("’'") for w in _CAPITAL.findall(headline, turn.end())} - before
    if listed:
        extras -= {w.strip("’'") for w in _CAPITAL.findall(lede)}
    return lambda word: names_ours(word) and word.strip("’'") not in extras


@once_per_doc
def is_live(doc: Doc) -> bool:
    """Whether the headline says the page is live (see :data:`_LIVE`): asked by several
    chains, and the pattern is tried at every place in the headline."""
    if doc.title_para is None:
        return False
    title = doc.paras[doc.title_para]
    return _LIVE.search(doc.text, title.start, title.end) is not None


def blog_paragraphs(doc: Doc) -> list[list[View]]:
    """The sentences of each body paragraph of a live page, in order (none for another page)."""
    if not is_live(doc):
        return []
    found: dict[int, list[View]] = {}
    for view in doc.views:
        if view.span.para != doc.title_para:
            found.setdefault(view.span.para, []).append(view)
    return list(found.values())
