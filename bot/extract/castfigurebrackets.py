"""A casting inside a chart figure's bracket, for :mod:`bot.extract.castchecks`.

A box-office or streaming report gives a rival's takings in brackets after its title and slips
its star in with them: "behind Salt Gate 2 (£2.1m, with Ada Vale back as Mira)", "Grey Weir
($4m, starring Ada Vale as Mira) fell to third". The bracket is about the title before it, so
the casting is that work's; unless the title is the article's own ("Larkspur Row (£1.4m, with
Ada Vale as Mira)"), it is held, never served, even when the headline names the rival ("...
as Salt Gate 2 holds top spot"). With no title of ours known, the lede's words stand for it.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.extract.context import Context
from bot.extract.page_entries import lede_text
from bot.extract.text import Doc
from bot.facts import CastFact, held
from bot.lazy_patterns import lazy_pattern

FIGURE_BRACKET_DOUBT = "the casting is told in another work's chart figures"

_FIGURE_BRACKET = lazy_pattern(
    r"(?P<title>[A-Z][\w’'-]*(?:[ ](?:[A-Z0-9][\w’'-]*|of|the|and)){0,5})[ ]"
    r"\([£$€]?\d[\d.,]*(?:[ ]?(?:m|bn|k|million|billion))?,[ ](?P<inside>[^()]{4,120})\)"
)
"""A title, then a bracket opening on its figure and going on: "Salt Gate 2 (£2.1m, with ...)"."""


_WORD = lazy_pattern(r"[A-Z][\w’'-]*")


def figure_bracketed(doc: Doc, context: Context, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each casting held whose actor stands inside a figure's bracket after a
    title that is not ours."""
    if not any("(" in f.evidence for f in cast):
        return cast
    lede = set(_WORD.findall(lede_text(doc)))

    def ours(title: str) -> bool:
        if context.ours:
            return context.is_ours(title)
        return bool(set(_WORD.findall(title)) & lede) if lede else context.is_known(title)

    return [_checked(fact, ours) for fact in cast]


def _checked(fact: CastFact, ours: Callable[[str], bool]) -> CastFact:
    evidence = fact.evidence
    if not fact.served or "(" not in evidence:
        return fact
    for match in _FIGURE_BRACKET.finditer(evidence):
        if fact.actor in match["inside"] and not ours(match["title"]):
            return held(fact, FIGURE_BRACKET_DOUBT)
    return fact
