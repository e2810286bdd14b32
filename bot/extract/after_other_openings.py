"""Sentences after one that opens on another work, in its paragraph, for the cast rules.

A round-up's paragraph or a live blog's entry opens on another work as its subject ("Salt
Harbour wrapped on Friday.", "16.05 Before the gala, the afternoon's Welsh drama Tir Glas had
its premiere."), then goes on without naming it: "Director A cast B as C.". Those castings
are that work's, up to a sentence that names the article's own work again, as an owner too
("Lumen’s star A plays B"). The opening is measured after an entry's time stamp and a fronted
phrase of time or turn ("Before the gala, "): only there does the other work stand where a
subject does, not at the end of a sentence about ours ("Joining our cast is X, known for the
drama Lumen.").
"""

from __future__ import annotations

from bot.extract.castanaphors import told_until_ours
from bot.extract.castturns import names_known
from bot.extract.context import Context
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_OPENS_WITH = 40
"""How far into its sentence (after a lead) another work may come and still be its subject."""
_LEAD = lazy_pattern(
    r"[ ]*(?:\d{1,2}[.:]\d{2}(?:[ ]?(?:am|pm|GMT|BST|CET))?[ ]*(?:[–—-][ ]*)?)?"
    r"(?:(?:Before|After|Ahead|Earlier|Later|Meanwhile|Elsewhere|Next|Then|Also)\b"
    r"[^,.;:“”\"]{0,40},[ ])?"
)
"""A live blog entry's time stamp ("16.05 ", "17:10 — "), then a fronted phrase of time or turn
("Before the main event, ", "Earlier today, ")."""


def _reach(chunk: str, at: int) -> int:
    """How far into ``chunk`` the other work at ``at`` comes, after the lead."""
    lead = _LEAD.match(chunk, 0, at)
    return at - (lead.end() if lead is not None else 0)


def after_another_work(doc: Doc, context: Context) -> set[str]:
    """Sentences that follow one about another work in the same paragraph and name nothing of
    this article's own: "ITV’s Salt Harbour wrapped on Friday. Ada Vale plays Mira, ..." casts
    that work, not this one."""
    if not context.foreign:
        return set()

    def opens(view: View, _first: bool) -> bool | None:
        if view.span.start not in context.foreign:
            return None
        return _reach(view.chunk, context.foreign_from.get(view.span.start, 0)) <= _OPENS_WITH

    # "Lumen’s star A plays B": ours again, as its owner
    return told_until_ours(doc, opens, lambda chunk: names_known(chunk, context, owned_cut=True))
