"""An organisation whose name ends in the kind of body it is, credited whole.

A name stops at a word that opens sentences and titles ("Screen"), so "Wessex Screen said:"
was read as a person "Wessex". When the attribution gives the credited name followed at once by
a body word ("Screen", "Council", "Trust", "Fund", "Institute", ...), or the credited name
itself ends in one ("Harbourside Arts Fund"), the speaker is the body, kept whole and typed
organisation: "In a statement, Wessex Screen said:", "said the Kelmoor Heritage Trust".
"""

from __future__ import annotations

from dataclasses import replace

from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_BODY_WORDS = (
    "Screen", "Council", "Trust", "Board", "Fund", "Institute", "Commission", "Foundation",
    "Agency", "Authority", "Academy", "Society", "Federation", "Committee", "Festival",
)  # fmt: skip
_BODY_AFTER = lazy_pattern(rf"[ ](?P<word>{'|'.join(_BODY_WORDS)})\b(?![’'-])")


def whole_body(fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to the whole body its person-speaker's name was cut from, if any."""
    if fact.source is not SourceKind.PERSON or not fact.speaker:
        return fact
    if fact.speaker.rsplit(" ", 1)[-1] in _BODY_WORDS and " " in fact.speaker:
        return replace(fact, source=SourceKind.ORGANISATION)
    at = fact.attribution.find(fact.speaker)
    if at < 0:
        return fact
    after = _BODY_AFTER.match(fact.attribution, at + len(fact.speaker))
    if after is None:
        return fact
    return replace(fact, speaker=f"{fact.speaker} {after['word']}", source=SourceKind.ORGANISATION)
