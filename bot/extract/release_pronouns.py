"""No date yet, told with a pronoun after the date is asked for or named: "Release date? Not
yet. Netflix hasn't given one yet." / "A premiere date? The BBC has not announced one." The
"one" stands for the date the sentence before (or the same one) names. So does "There isn't
one." straight after a short question about the date in the same line ("- Release date??? There
isn't one.", "Release date? Still none.")."""

from __future__ import annotations

import re

from bot.extract.release_asked import NONE_YET
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_ONE_NOT_GIVEN = lazy_pattern(
    r"\b(?:has|have)(?:n['’]t|[ ]not)[ ](?:yet[ ])?(?:given|set|announced|confirmed|named|"
    r"revealed|shared|picked|chosen)[ ]one(?=[ ]yet\b|[ ]so[ ]far\b|[.,;!]|$)"
)
_DATE_NAMED = lazy_pattern(
    r"\b(?:release|premiere|launch|air|broadcast|transmission)[ ]date\b", re.IGNORECASE
)


def no_date_yet(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """ "... hasn't given one yet" after the release date is named, in this sentence or earlier
    in its paragraph."""
    if "one" not in view.chunk:  # "one", "none", "None"
        return []
    if NONE_YET.match(view.chunk) and _asked_just_before(doc, view):
        return [ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence)]
    match = _ONE_NOT_GIVEN.search(view.chunk)
    if match is None:
        return []
    named = _DATE_NAMED.search(view.chunk, 0, match.start()) or _DATE_NAMED.search(
        doc.text, doc.paras[view.span.para].start, view.span.start
    )
    return [ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence)] if named else []


_ASKED = lazy_pattern(
    r"[ *•-]*(?:[\w ]{0,20}?(?:release|premiere|launch)[ ]date[?!]*[?]"
    r"|[\w ]{0,20}?(?:don['’]t|do[ ]not)[ ]know(?:[ ]yet)?[ ]?:[ ]*(?:an?[ ]|the[ ])?"
    r"(?:release|premiere|launch)[ ]date[.!]"
    r"|(?:\d{1,2}[).][ ]|[A-Za-z][).][ ])?(?:the[ ])?(?:release|premiere|launch)[ ]date[.])[ ]*",
    re.IGNORECASE,
)
"""A short question naming the date: "Release date???", "- Any release date?"; or a label of
what is unknown naming it: "What we don't know: a release date."; or a list item's label alone:
"4) Premiere date. There isn't one."."""


def _asked_just_before(doc: Doc, view: View) -> bool:
    """The sentence's line opens with a short question about the release date."""
    start = doc.paras[view.span.para].start
    return 0 < view.span.start - start <= _LONGEST_ASK and bool(
        _ASKED.fullmatch(doc.text, start, view.span.start)
    )


_LONGEST_ASK = 64
