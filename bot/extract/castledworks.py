"""A sentence that leads with another work and names its kind: the cast it gives is that work's.

"Linnet Quay, the new heist comedy starring Tamsin Loe as Nell Fane, opened third"; "Close
behind is Glass Orchard, the period drama in which Tom Reeve plays Amos Lark"; "Comparisons
with Glass Orchard, Ada Vale's BBC hit with Tom Reeve as Amos Lark": the title comes first (or
after "is" or a preposition), set off by an apposition that says what kind of work it is (or
whose hit), and it is not
the article's own production, so the castings after it belong to that other work. A title the
headline shares ("Dun Reach holds No 1 as Salt Meridian stalls") is still another work when
the lede names a film by its genre ("the comedy Dun Reach topped ...") and not this one: the
lede says which film the article is about. Without such a lede, a title the article does not
know as its own is another work only when it knows its own (a page it cannot place keeps them).
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.names import NAME
from bot.extract.text import Doc, View
from bot.extract.work_kinds import WORK_KIND_NOUNS
from bot.lazy_patterns import lazy_pattern

_LED = lazy_pattern(
    rf"^(?:[^,.;:“”\"]{{0,60}}?[ ](?:is|was|are|sees|comes|with|to|of|like)[ ])?"
    rf"[“\"‘']?(?P<name>{NAME})[”\"’']?,[ ](?:the|a|an|{NAME}[’'](?:s)?)[ ](?:[\w-]+[ ]){{0,3}}?"
    rf"(?:{GENRE_NOUNS}|hit|smash)[ ](?:starring|featuring|in[ ]which|with|about|that|which)\b"
)
"""A title led or set off by what kind of work it is, whose cast follows: "Linnet Quay, the
heist comedy starring ...", "Comparisons with Glass Orchard, Ada Vale's BBC hit with ..."."""

_FRONTED = lazy_pattern(
    rf"^In[ ][“\"‘']?(?P<name>{NAME})[”\"’']?,[ ](?:the|a|an)[ ][^,;:.]{{0,60}}?{GENRE_NOUNS}\b"
    r"[^,;:.]{0,80},[ ]"
)
"""A title fronted with "In" and set off by its kind: "In Salt Year, a six-part BBC thriller
from writer X, Ada Vale plays Y": the casting after it is that work's."""

_LEDE_WORK = lazy_pattern(rf"\b{WORK_KIND_NOUNS}[ ][“\"‘']?(?P<name>{NAME})")
"""The lede's film, named by its genre: "Tamsin Loe's wartime romance Dun Reach ...", "its
seaside whodunnit Salt Hall ..."."""


def other_work_at(doc: Doc, view: View, context: Context) -> int | None:
    """Where the sentence brings in another production: the context's reading, or a lead
    title apposed to its genre."""
    known = context.foreign_from.get(view.span.start)
    if known is not None:
        return known
    led = _LED.match(view.chunk) or _FRONTED.match(view.chunk)
    if led is None:
        return _anaphor_other(doc, view, context)
    name = led["name"]
    lede = _LEDE_WORK.search(lede_paragraph(doc))
    if lede is not None:
        other = name not in lede["name"] and lede["name"] not in name
    else:
        other = bool(context.ours) and not context.is_ours(name)
    return led.start("name") if other else None


_ANAPHOR = lazy_pattern(
    rf"(?:The|This|That)[ ](?:[\w-]+[ ]){{0,2}}?{GENRE_NOUNS},?[ ]"
    r"(?:starring|which[ ]stars|stars|co-starring|featuring)\b"
)
_INTRODUCED = lazy_pattern(rf"\b{GENRE_NOUNS}[ ][“\"‘']?(?P<name>{NAME})")


def _anaphor_other(doc: Doc, view: View, context: Context) -> int | None:
    """ "The series, starring X as Y" right after a sentence of the same paragraph that brings
    in another work by its genre ("In second place was the new drama Salt Year."), one the lede
    does not name: that work's cast, not the article's own."""
    if _ANAPHOR.match(view.chunk) is None:
        return None
    before = [s for s in doc.sentences if s.end <= view.span.start and s.para == view.span.para]
    if not before:
        return None
    named = list(_INTRODUCED.finditer(doc.masked, before[-1].start, before[-1].end))
    if not named or named[-1]["name"] in lede_paragraph(doc) or context.is_ours(named[-1]["name"]):
        return None  # the lede's own work, brought in again
    return 0


def lede_paragraph(doc: Doc) -> str:
    """The article's first paragraph (not its headline), where its own film is named."""
    first = next((p for p in doc.paras if p.para != doc.title_para), None)
    return doc.masked[first.start : first.end] if first is not None else ""
