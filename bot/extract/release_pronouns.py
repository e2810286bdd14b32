"""No date yet, told with a pronoun after the date is asked for or named: "Release date? Not
yet. Netflix hasn't given one yet." / "A premiere date? The BBC has not announced one." The
"one" stands for the date the sentence before (or the same one) names."""

from __future__ import annotations

import re

from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind

_ONE_NOT_GIVEN = re.compile(
    r"\b(?:has|have)(?:n['’]t|[ ]not)[ ](?:yet[ ])?(?:given|set|announced|confirmed|named|"
    r"revealed|shared|picked|chosen)[ ]one(?=[ ]yet\b|[ ]so[ ]far\b|[.,;!]|$)"
)
_DATE_NAMED = re.compile(
    r"\b(?:release|premiere|launch|air|broadcast|transmission)[ ]date\b", re.IGNORECASE
)


def no_date_yet(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """ "... hasn't given one yet" after the release date is named, in this sentence or earlier
    in its paragraph."""
    if " one" not in view.chunk:
        return []
    match = _ONE_NOT_GIVEN.search(view.chunk)
    if match is None:
        return []
    named = _DATE_NAMED.search(view.chunk, 0, match.start()) or _DATE_NAMED.search(
        doc.text, doc.paras[view.span.para].start, view.span.start
    )
    return [ReleaseFact(ReleaseKind.NOT_ANNOUNCED, evidence)] if named else []
