"""Castings in the sentence after a rival's tally of nominations, for
:mod:`bot.extract.castrivalparts`.

An awards page gives a rival work's count, then describes that work in the next sentence
without naming it again: "Hot on its heels is “Tin Lid”, with six nominations. Dara Mott's
Leeds-set comedy earns leading actor recognition for Kai Moss, who plays baker Pip Lowe" or
"Close behind is Quillon Year, which has five nods. The Norwegian co-production picks up best
actress for Ada Vale as Mira". A sentence that opens on such a description (someone's
drama, "The <kind of work>", "Its ...", or its star's co-star: "Moss's co-star Ada Vale, who
plays his sister Mira") right after the tally, in the same paragraph, is still
about the rival; when the rival is not the page's own work, its castings are not ours.
"""

from __future__ import annotations

from bot.extract.castelsewhere import ours
from bot.extract.castrivaltallies import tally_owner
from bot.extract.context import Context
from bot.extract.rival_tallies import PRONOUNS
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_KIND = (
    r"(?:drama|comedy|thriller|film|feature|series|show|western|romance|musical|documentary|"
    r"two-hander|epic|piece|satire|horror|story|adaptation|biopic|co-production|debut|"
    r"animation|mystery|fantasy|tragedy|farce|melodrama|miniseries|movie)"
)
_OPENS_ON_WORK = lazy_pattern(
    r"[ “\"‘']*(?:(?:[A-Z][\w’'-]+[ ]){0,3}[A-Z][\w-]+[’']s|The|This|That|Its)[ ]"
    rf"(?:[\w-]+[ ]){{0,4}}?{_KIND}\b"
    r"|[ “\"‘']*Its[ ]"
    r"|[ “\"‘']*(?:(?:[A-Z][\w’'-]+[ ]){0,3}[A-Z][\w-]+[’']s|His|Her|Their)[ ](?:[\w-]+[ ]){0,2}?"
    r"(?:co-?stars?|cast-?mates?|screen[ ]partners?)\b"
)
"""A sentence that opens on a work described, not named: "Dara Mott's Leeds-set comedy", "The
Norwegian co-production", "Its two leads"; or on the co-star of someone the tally named
("Kai Moss's co-star Ada Vale", "His longtime screen partner")."""


def after_rival_tallies(doc: Doc, context: Context) -> set[str]:
    """The sentences that open on a described work right after a sentence whose last tally of
    nominations is a work other than the page's own (and that name none of ours)."""
    told: set[str] = set()
    before, para = "", -1
    for view in doc.views:
        text = doc.text[view.span.start : view.span.end].strip()
        if view.span.para == para and _follows(text, before, context):
            told.add(text)
        before, para = text, view.span.para
    return told


def follows_rival_tally(doc: Doc, view: View, context: Context) -> bool:
    """Whether ``view`` opens on a described work right after a rival's tally in its paragraph
    ("... is Tin Lid, with five nods. The film, directed by Ada Vale, opens on 6 March"): its
    maker and its dates are the rival's (for the crew and release chains)."""
    if not _OPENS_ON_WORK.match(view.chunk):
        return False
    before = next((v for v in reversed(doc.views) if v.span.start < view.span.start), None)
    if before is None or before.span.para != view.span.para:
        return False
    text = doc.text[view.span.start : view.span.end].strip()
    return _follows(text, doc.text[before.span.start : before.span.end].strip(), context)


def _follows(text: str, before: str, context: Context) -> bool:
    return (
        _OPENS_ON_WORK.match(text) is not None
        and _rival(before, context)
        and not any(w.strip(",.:;’'“”‘\"") in context.ours for w in text.split())
    )


def _rival(text: str, context: Context) -> bool:
    owner = tally_owner(text)
    return owner is not None and owner not in PRONOUNS and not ours(owner, context)
