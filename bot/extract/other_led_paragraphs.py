"""Paragraphs a profile opens with another work's title as their subject.

A career profile brings in the subject's other show once ("she leads the new thriller Lumen
Bay"), then gives it a paragraph of its own: "Lumen Bay is a very different beast. Written by
A, it casts her as B; C co-stars as D, and the series begins on Sunday." Only the first
sentence names the work; the rest say "it" and "the series". Every sentence of that paragraph
is the other work's, up to one that names the article's own work again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import TOKEN
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_TITLE_SUBJECT = lazy_pattern(
    rf"(?P<name>(?:The[ ])?{TOKEN}(?:[ ]{TOKEN}){{0,3}})[ ](?:is|was|has[ ]been|feels|"
    r"remains|marks)[ ](?:a|an|something|another)\b"
)
"""A sentence whose subject is a title, told what kind of thing it is ("Lumen Bay is a very
different beast", "The Sluicegate was another matter"); never "is the": "Lumen is the creation
of A" credits the article's own work as often as not."""


_SMALL = r"(?:(?:of|at|in|on|the|and)[ ])"
_NEXT_WORK = lazy_pattern(
    r"(?:His|Her|Their)[ ]next[ ](?:(?:film|feature|movie|series|show|project|drama|role)"
    rf",[ ](?P<name>(?:The[ ]|An?[ ])?{TOKEN}(?:[ ]{_SMALL}?{TOKEN}){{0,4}}),|role)"
    r"[ ](?:is|was|will|sees|has)\b"
)
"""A paragraph opened on the subject's next work ("Her next film, A Summer at Tarnby, is a
period drama ..."): what it says of the shoot, the cast and the makers is that work's. Untitled
only as a role ("Her next role is a smaller one. She has a cameo in X"): a bare "Her next
series is a thriller" is as often the article's own work, not yet named again."""


def other_led_starts(
    doc: Doc,
    foreign: dict[int, int],
    is_known: Callable[[str], bool],
    is_ours: Callable[[str], bool],
) -> Iterable[int]:
    """Starts of the sentences of every paragraph opened by ``Title is a ...`` where the title
    is no word of ours and an earlier sentence already brought it in as another work, or by
    ``Her next film, Title, is ...`` where the title is not ours."""
    views = sorted(doc.views, key=lambda v: v.span.start)
    para_first: dict[int, View] = {}
    for view in views:
        para_first.setdefault(view.span.para, view)
    for para, first in para_first.items():
        if not _led_by_other(first, doc, foreign, is_known, is_ours):
            continue
        for view in views:
            if view.span.para != para:
                continue
            if view is not first and _names_ours(view, is_ours):
                break  # "Back on Lumen, ...": the paragraph turns to the article's work
            yield view.span.start


def _led_by_other(
    first: View,
    doc: Doc,
    foreign: dict[int, int],
    is_known: Callable[[str], bool],
    is_ours: Callable[[str], bool],
) -> bool:
    following = _NEXT_WORK.match(first.chunk)
    if following is not None:
        if following["name"] is not None:
            return not is_ours(following["name"])
        # "Her next role is in T season two": a title the headline names is no other work
        return not _names_ours(first, is_known, following.end())
    match = _TITLE_SUBJECT.match(first.chunk)
    return match is not None and _other(match["name"], first.span.start, doc, foreign, is_known)


def _other(
    name: str, start: int, doc: Doc, foreign: dict[int, int], is_known: Callable[[str], bool]
) -> bool:
    tokens = [t for t in name.split() if t not in STOP_TOKENS]
    if not tokens or any(is_known(t) for t in tokens):
        return False
    words = " ".join(tokens)
    return any(
        at < start and words in doc.body[at + offset : _sentence_end(doc, at)]
        for at, offset in foreign.items()
    )


def _sentence_end(doc: Doc, start: int) -> int:
    return next((v.span.end for v in doc.views if v.span.start == start), start)


def _names_ours(view: View, is_ours: Callable[[str], bool], after: int = 0) -> bool:
    """A word of the article's own work's name (or of what ``is_ours`` accepts) from ``after``
    on (a headline's place names do not count)."""
    words = (view.chunk[at:].split(" ", 1)[0] for at in view.starts if at >= after)
    return any(is_ours(_POSSESSIVE.sub("", word.strip(",.;:"))) for word in words)


_POSSESSIVE = lazy_pattern(r"[’'][s]?$")
