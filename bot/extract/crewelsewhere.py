"""Sentences whose credits are no credits of the article's production, for
:mod:`bot.extract.crew`.

* A wire or newsroom credit line (the article's reporters and editors), and a byline near the
  top of the page ("Written by Jo Reyes").
* A paragraph that turns to other news: from a sentence that opens "Elsewhere, ...", "In other
  news, ...", "Separately, ...", "Also on the slate, ...", "Also on Vela: ...", "Over at Apple,
  ...", "Over at the BBC, ..." to the paragraph's end, a credit belongs to whatever that news
  is about, unless the sentence names the article's own production ("Elsewhere, Lantern Bay's
  editor X ...").
* A newsletter's own editor (:mod:`.crewmastheads`), a profile's career line that credits
  another work's maker (:mod:`.crewcareerworks`), and a podcast's own producer or next guest
  (:mod:`.crewshowstaff`).
* A newsletter's item or a chart's sentence about another work (:mod:`.crewitems`), and a
  fronted credit that points back at a film the lede leaves out (:mod:`.crewfronted`), and an
  "Its" sentence about another work told by its kind just before (:mod:`.crewitsworks`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from bot.extract.castanaphors import told_of_work_before
from bot.extract.castlistings import place_sentences
from bot.extract.context import Context
from bot.extract.correction_notices import notice_paras, without_retracted
from bot.extract.crewasides import wire_credit
from bot.extract.crewbylines import reporters
from bot.extract.crewcareerworks import career_credits
from bot.extract.crewframedon import framed_elsewhere
from bot.extract.crewfronted import fronted_elsewhere, in_credited_elsewhere
from bot.extract.crewitems import other_works_sentences
from bot.extract.crewitsworks import its_other_work
from bot.extract.crewmastheads import masthead_edits
from bot.extract.crewshowstaff import show_staff
from bot.extract.people import People, clean_name, is_full
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_OTHER_NEWS = lazy_pattern(
    r"[ “\"‘']*(?:Elsewhere|In[ ]other[ ](?:[a-z]+[ ])?news|Separately|In[ ]brief"
    r"|(?:Also|Elsewhere)[ ](?:on|in)[ ]the[ ](?:slate|docket|pipeline|round-up|roundup)"
    r"|(?:Meanwhile,[ ])?[Oo]ver[ ]at[ ](?:the[ ])?[A-Z][\w’'&-]*(?:[ ][A-Z][\w’'&-]*){0,3}"
    r"|(?:Meanwhile,[ ])?[Oo]ver[ ](?:in|on|at)[ ]the[ ](?:[a-z]+[ ]){0,2}"
    r"(?:hall|stage|room|tent|screen|theatre|auditorium|arena|studio)(?=,)"
    r"|Also[ ](?:new[ ])?(?:on|at)[ ][A-Z][\w’'&+-]*(?:[ ][A-Z][\w’'&+-]*){0,2}(?=[ ]?:))\b"
)
"""The openers; also a round-up's next item by where it streams: "Also on Vela: ...", "Also
new on Streamly: ..." (a colon after the service, then another work), and a live blog's turn to
another session: "16:05 – Meanwhile in studio two, ..."."""
_STAMP = lazy_pattern(
    r"[ ]*\d{1,2}(?:[:.]\d\d(?:[ ]?[ap]m)?|[ ]?[ap]m)(?:[ ]+[–—-][ ]+|:[ ]+|[ ]+(?=[A-Z]))"
)
"""A live blog's entry time before the opener, then a dash, a colon or a space: "14:00 –
Elsewhere: ...", "2.15pm: Elsewhere, ...", "2pm Elsewhere: ..."."""
_WHERE = lazy_pattern(
    r"[ ](?:at|in|on)[ ](?:the[ ])?(?![^,.;:“”\"]{0,40}?news,)[^,.;:“”\"]{1,40}?,"
)
"""Where the other news happens, right after its opener ("Elsewhere at the festival, ...",
"Elsewhere at Dunmore, ", "Elsewhere in town, "): the event's, venue's or place's name, no sign
the sentence is about the production though the headline names the event too ("Elsewhere in
Lumen news, ..." names the production, and is kept)."""
_OPENERS = ("Elsewhere", "In other", "Separately", "In brief", "Also ", "Over ", "Meanwhile")
"""A plain prefix test first: most sentences open otherwise."""


class NotCredited:
    """The sentences whose credits are not the production's (see above), by start offset, asked
    with ``in``. The page's own staff (a byline's reporter, a newsletter's editor, a podcast's
    host) join ``people`` at once; the rest of the page is read the first time a sentence with
    a credit asks: nine pages in ten hold none, and reading it cost one twentieth of an
    article's extraction."""

    __slots__ = ("_bylines", "_context", "_doc", "_staff", "_starts")

    def __init__(self, doc: Doc, context: Context, people: People) -> None:
        self._doc, self._context = doc, context
        names_ours = partial(_names_ours, context=context)
        self._staff = masthead_edits(doc, context, people) | show_staff(doc, people, names_ours)
        self._bylines = reporters(doc) if "ritten " in doc.text or "dited " in doc.text else {}
        for reporter in (name for names in self._bylines.values() for name in names):
            if is_full(clean_name(reporter)):
                people.add(reporter)
        self._starts: frozenset[int] | None = None

    def __contains__(self, start: int) -> bool:
        if self._starts is None:
            self._starts = self._staff | _elsewhere(self._doc, self._context, self._bylines)
        return start in self._starts


def _elsewhere(doc: Doc, context: Context, bylines: dict[int, tuple[str, ...]]) -> set[int]:
    """The sentences :class:`NotCredited` finds besides the staff's (reads no ``people``)."""
    away = other_works_sentences(doc, context) | fronted_elsewhere(doc)
    away |= framed_elsewhere(doc, context) | its_other_work(doc, context.is_known)
    if context.ours and " by " in doc.body:  # "In Salt Year, written by X, she plays Y"
        away |= in_credited_elsewhere(doc, context.is_known)
    away |= career_credits(doc, partial(_names_ours, context=context))
    listed = place_sentences(doc, context) | told_of_work_before(doc, context)
    if listed:  # most pages list none: no sentence to match
        away |= {
            v.span.start for v in doc.views if doc.text[v.span.start : v.span.end].strip() in listed
        }
    turned: int | None = None  # the paragraph that turned to other news
    for view in doc.views:
        sentence, chunk = view.span, view.chunk
        if wire_credit(chunk) or doc.paras[sentence.para].start in bylines:
            away.add(sentence.start)
            continue
        stamp = _STAMP.match(chunk) if chunk.lstrip()[:1].isdigit() else None
        opener = stamp.end() if stamp is not None else 0
        stripped = chunk[opener:].lstrip(" “\"‘'")
        told = chunk
        if stripped.startswith(_OPENERS) and (news := _OTHER_NEWS.match(chunk, opener)):
            turned = sentence.para
            where = _WHERE.match(chunk, news.end())
            told = chunk if where is None else chunk[where.end() :]
        elif turned != sentence.para:
            turned = None
        if turned is not None and not _names_ours(told, context):
            away.add(sentence.start)
    return away


def unretracted(doc: Doc) -> Iterator[View]:
    """The sentences, each with the claims a correction notice retracts blanked out."""
    notices = notice_paras(doc)
    return (without_retracted(view, notices) for view in doc.views)


_CAPITALISED = lazy_pattern(r"[A-Z][\w-]*\b(?![ ]rivals?\b)")
"""A capitalised word, a possessive's "’s" left off; not one that tells a rival's standing
("Competition rival T", "awards rival T": T is the other work, the word its section or race)."""


def _names_ours(chunk: str, context: Context) -> bool:
    """The sentence names the production (the headline's words only when its title is unknown:
    a headline's "Netflix" says nothing of which work a sentence is about)."""
    ours = context.ours or context.headline
    return any(word in ours for word in _CAPITALISED.findall(chunk))


def a_part(name: str, characters: frozenset[str], people: People | None = None) -> bool:
    """Whether ``name`` is one of the parts the article casts, also when the part is named with
    a title in front ("Ana Ruiz as hospital director Dr Lena Hart": Lena Hart is no director).

    With ``people``, a lone surname no known person has that ends a part is the part too:
    "lectured by Dr Quill, played by A" credits nothing to a "Quill"; so is one whose only known
    bearer is a part ("Created by X, Heron & Pike stars A as Rosalind Pike": no "Pike" writes).
    """
    if name in characters:
        return True
    tail = " " + name
    if " " in name:
        return any(part.endswith(tail) for part in characters)
    if people is None or not name or not any(part.endswith(tail) for part in characters):
        return False
    known = people.resolve(name) or people.expand(name)
    return known is None or a_part(known, characters)
