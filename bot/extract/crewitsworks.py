"""Sentences that go on with "Its" about another work, for :mod:`bot.extract.crewelsewhere`.

A convention or round-up page names another show by its kind ("... the cast of Tarn Hollow, the
Sky caper with X", "the crime drama Tarn Hollow, starring X"), then goes on about it: "Its
second series starts in May, creator Y confirmed." The "Its" stands for the work named last, so
the credit is that work's. Kept where the work named last is the article's own, where no other
work told by its kind comes before the "Its", and where the "Its" sentence names the article's
own production itself.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from bot.extract.names import WORK_TITLE
from bot.extract.text import Doc
from bot.extract.work_kinds import WORK_KIND_NOUNS
from bot.lazy_patterns import lazy_pattern

_ITS_OPENER = lazy_pattern(r"[ “\"‘']*Its[ ]")
"""A sentence opening on "Its" ("Its second series starts ...")."""
_KIND_TOLD = lazy_pattern(
    rf"(?<!\bby[ ])(?P<work>{WORK_TITLE}),[ ](?:the|a|an)[ ](?:[\w’'+-]+[ ]){{1,4}}?"
    rf"{WORK_KIND_NOUNS}\b"
)
"""A work told by its kind in apposition: "Tarn Hollow, the Sky caper" (not "a script by
X, the film ...", where "the film" opens the clause)."""
_KIND_FRONTED = lazy_pattern(
    rf"(?<![\w-])(?:the|a|an)[ ](?:[a-z][\w’'+-]*[ ]){{0,3}}?{WORK_KIND_NOUNS}[ ]"
    rf"(?P<work>{WORK_TITLE})"
)
"""A work told by its kind before its title: "the crime drama Tarn Hollow"."""
_CAPITALISED = lazy_pattern(r"[A-Z][\w’'-]+")


def its_other_work(doc: Doc, is_known: Callable[[str], bool]) -> set[int]:
    """Start offsets of the "Its" sentences whose "Its" is another work the sentence before (in
    the same paragraph) told by its kind last, with no word of ours after it."""
    if "Its " not in doc.body:
        return set()
    away: set[int] = set()
    for before, view in pairwise(doc.views):
        if before.span.para != view.span.para or not _ITS_OPENER.match(view.chunk):
            continue
        works = sorted(
            (*_KIND_TOLD.finditer(before.chunk), *_KIND_FRONTED.finditer(before.chunk)),
            key=lambda match: match.start(),
        )
        if not works or any(map(is_known, _CAPITALISED.findall(view.chunk))):
            continue
        last = works[-1]
        after = _CAPITALISED.findall(before.chunk, last.start())
        if not any(map(is_known, after)):
            away.add(view.span.start)
    return away
