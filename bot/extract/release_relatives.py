"""A sentence about our film that names another work only inside a relative clause: "The film is
directed by Ann Ray, whose debut Quietly premiered at Sundance in 2023, and produced by Bo Lee."
Its own times may be the other work's, but the sentences after it ("Filming wrapped last
October") are still about its subject, ours. So with a person as the subject when the clause
tells the other work as done ("Ann Ray, whose debut Quietly won a prize at Brennholm in 2023,
wrote the script. Production is set to begin in May."): a work gone by has no shoot or release
to come. So too a credit aside on a person ("The series is directed by Ann Ray, known for the
heist drama Walls. Filming started on 12 January."): the next sentence is still ours.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.page_memos import once_per_doc
from bot.extract.release_others import about_another
from bot.extract.release_subjects import announces_another
from bot.extract.release_words import FUTURE
from bot.extract.text import Doc, View
from bot.lazy_patterns import lazy_pattern

_RELATIVE = lazy_pattern(r",[ ](?:whose|(?:best[ ]|also[ ])?known[ ]for)[ ][^,;:()]*(?:,|$)")
"""A "whose" clause or a "known for" aside set off by commas (or ending the sentence)."""
_OURS_OPENS = lazy_pattern(
    r"[ “\"]*(?:The|This)[ ](?:[\w-]+[ ]){0,2}?(?:film|movie|feature|series|drama|show)[ ]"
)
"""The sentence opens on the article's production."""
_DONE = lazy_pattern(
    r",[ ]whose[ ](?![^,;:()]*\b(?:is|are|will|opens|begins|starts|arrives|lands|premieres|"
    r"returns|runs)\b)[^,;:()]*\b(?:won|was|were|[a-z]+ed)\b[^,;:()]*,"
)
"""A "whose" clause set off by commas and told in the past: "whose debut won at Brennholm in
2023,"."""


def carried_starts(doc: Doc, foreign: frozenset[int], context: Context) -> frozenset[int]:
    """The sentences about another production whose next sentences carry on about it: all of
    ``foreign`` but those about ours that name the other work only in a "whose" clause, and those
    about a person that name it only in one told in the past, before a plan still to come."""
    if not any(", whose " in view.chunk or " known for " in view.chunk for view in doc.views):
        return foreign
    whose_only = {
        view.span.start
        for view, after in zip(doc.views, [*doc.views[1:], None], strict=True)
        if view.span.start in foreign
        and (view.span.start not in context.foreign or " known for " in view.chunk)
        and (", whose " in view.chunk or " known for " in view.chunk)
        and (
            _OURS_OPENS.match(view.chunk)
            or (_DONE.search(view.chunk) and after is not None and _to_come(view, after))
        )
        and not about_another(_RELATIVE.sub(",", view.chunk), context)
    }
    return foreign - whose_only


def _to_come(view: View, after: View) -> bool:
    """The next sentence, in the same paragraph, tells a plan still to come ("Production is set
    to begin in May"): no shoot of a work gone by."""
    return after.span.para == view.span.para and FUTURE.search(after.chunk) is not None


_TRAILER_ASIDE = lazy_pattern(r"(?i)\b(?:trailer|teaser|first[ ]look)\b")
_WHOSE_TRAILER = lazy_pattern(
    r"\b(?:[Tt]railer|[Tt]easer|[Ff]irst[ ]look)[ ](?:for|of|to|from|at)[ ](?:the[ ])?[“\"‘]?"
    r"(?P<name>[A-Z][\w’'-]*)|(?P<owner>[A-Z][\w’'-]*)[’']s[ ](?:new[ ]|first[ ]|official[ ])?"
    r"(?:trailer|teaser|first[ ]look)\b"
)
"""Whose trailer the aside tells: "The teaser for Marrow Field", "Marrow Field’s trailer"."""


def _trailer_known(view: View, known: frozenset[str]) -> bool:
    """The trailer's work, if the sentence names whose it is, is one ``known`` names."""
    whose = _WHOSE_TRAILER.search(view.chunk)
    name = whose and (whose["name"] or whose["owner"])
    return not name or name in known


@once_per_doc
def trailer_asides(doc: Doc, carried: frozenset[int], known: frozenset[str]) -> frozenset[int]:
    """The paragraphs whose asides (``carried`` sentences) are all on a trailer, teaser or first
    look ("The trailer ends on a title card.") and that announce no other work: what they go on
    to say of "the film" is still of the article's film, not of another work named before. Not
    a trailer of a work ``known`` does not name ("The teaser for Marrow Field, her other film,
    is out."): "the film" after it is that work."""
    asides: dict[int, bool] = {}
    for view in doc.views:
        para = view.span.para
        if view.span.start in carried:
            ours = _TRAILER_ASIDE.search(view.chunk) is not None and _trailer_known(view, known)
            asides[para] = asides.get(para, True) and ours
        if announces_another(view.chunk):
            asides[para] = False
    return frozenset(para for para, told in asides.items() if told)
