"""Castings told with "It will star" after a sentence that opens on another work, for
:mod:`bot.extract.castanaphors`.

A fan site's or profile's aside on someone's next project names it as the subject, then casts it
with "It": "Her new series, Gull Point, is an original story about a lifeboat crew. It will star
Ada Vale as Mira" (invented). "It" is that work, not the article's own, so what the sentence casts
is the other work's, unless the work opened on is the article's.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import WORK_TITLE
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_WORK = rf"[“\"‘']?(?P<GROUP>{WORK_TITLE})[”\"’']?"
_OWN_WORK, _APPOSED_WORK = _WORK.replace("GROUP", "work"), _WORK.replace("GROUP", "apposed")
_KIND = rf"(?:(?:new|next|latest|own|upcoming|other)[ ]){{0,2}}{GENRE_NOUNS}"
_OPENS_ON_WORK = lazy_pattern(
    rf"^(?:(?:Her|His|Their|The)[ ]{_KIND},[ ]{_OWN_WORK}"
    rf"|{_APPOSED_WORK},[ ](?:her|his|their)[ ]{_KIND}),[ ]"
)
"""A sentence whose subject is a work told by its kind: "Her new series, Gull Point, is ...",
"Gull Point, her new series, is ..."."""
_WORKING_TITLE = lazy_pattern(r"\b(?:working|provisional|placeholder)[ ]title\b")
"""Our own untitled work named by its working title: "The drama, Gull Point, is only a working
title." """
_IT_CASTS = lazy_pattern(
    r"^It[ ](?:will[ ](?:also[ ])?(?:star|co-star|feature)|(?:also[ ])?(?:stars|co-stars|"
    r"features))[ ][A-Z]"
)
"""The next sentence casting that work: "It will star Ada Vale as Mira", "It stars ..."."""


def told_after_opened_work(doc: Doc, names_ours: Callable[[str], bool]) -> set[str]:
    """The "It will star" sentences that follow a sentence opening on a work not ours."""
    if "It " not in doc.body:
        return set()
    told: set[str] = set()
    for before, view in pairwise(doc.views):
        if before.span.para != view.span.para or _IT_CASTS.match(view.chunk) is None:
            continue
        opened = _OPENS_ON_WORK.match(before.chunk)
        if (
            opened is not None
            and not names_ours(opened["work"] or opened["apposed"])
            and not _WORKING_TITLE.search(before.chunk)
        ):
            told.add(doc.text[view.span.start : view.span.end].strip())
    return told
