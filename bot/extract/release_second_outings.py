"""A later day on a second channel after the release: "for viewers without the app, the series
begins on BBC One on 3 May", "the drama will also air on Channel 4 from 12 June", "its
free-to-air debut follows on 9 March". The work came out first where the article says it did
(a streamer, on an earlier day); the later day is a second outing, not the premiere, so it is
held when the article names an earlier premiere day. With no earlier day, the sentence may be
the only release the article tells, and it is left alone. A festival's, preview's or gala's
day ("premieres at Sundance Film Festival on 22 January") is no first release: the cinema day
after it ("also heads to cinemas on 14 March") is the release itself."""

from __future__ import annotations

from bot.facts import SERVE_LINE, ReleaseFact, ReleaseKind, held
from bot.lazy_patterns import lazy_pattern

_SECOND_OUTING = lazy_pattern(
    r"\b(?:(?:[Ff]or|[Tt]o)[ ](?:those|viewers|anyone|people|fans|audiences|readers)[ ]"
    r"(?:without|who[ ](?:don['’]t|do[ ]not|can['’]t|cannot)[ ](?:have|get|subscribe))"
    r"|also[ ](?:airs?|screens?|broadcasts?|be[ ](?:shown|broadcast|screened|aired)|(?:comes?|"
    r"arrives?|lands?|heads?)[ ](?:on|to))"
    r"|(?:free-to-air|terrestrial|linear)[ ](?:debut|premiere|broadcast|run|airing|transmission)"
    r")\b"
)
"""Words that make the day a second outing: a reader without the first platform, the work
"also" airing somewhere, or its free-to-air run."""
_FOLLOWED = lazy_pattern(
    r"\b(?:(?!(?:Its|The|A|An|This|Their|His|Her)\b)[A-Z][A-Za-z]+|streaming|digital|home|wider|"
    r"international|overseas)[ ](?:release|run|debut|premiere|launch|opening|airing)[ ]"
    r"(?:followed|follows|will[ ]follow|is[ ]to[ ]follow)\b"
)
"""A territory's or a later form's release told as following another: "Its UK release followed
on 3 October", "a streaming release follows on 6 February". The word itself says the work came
out first elsewhere; held, like a second outing, only after an earlier premiere day that is no
festival's or preview's ("Its streaming release follows on 17 April" after a festival showing is
the release itself)."""

_NOT_A_RELEASE = lazy_pattern(
    r"\b(?:[Ff]estival|[Ff]est|[Pp]reviews?|[Pp]reviewed|[Gg]ala|[Ss]creenings?|[Ss]neak[ ]peek)\b"
)
"""Words that make an earlier day a festival's, a preview's or a gala's showing, not the
release the later day would follow."""


def told_as_second_outing(evidence: str) -> bool:
    """The sentence tells a later day as a second outing ("its linear run begins on ...")."""
    return _SECOND_OUTING.search(evidence) is not None


def second_outings(facts: list[ReleaseFact]) -> list[ReleaseFact]:
    """Hold a served premiere day told as a second outing when another premiere day, earlier,
    is in the article (served or not: "drop today" counted from the dateline); so is one told as
    following another release ("Its UK release followed on 3 October")."""
    days = [
        f.date
        for f in facts
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and not _NOT_A_RELEASE.search(f.evidence)
    ]
    if not days:
        return facts
    first = min(days)
    return [
        held(f, "a second outing after the release")
        if f.kind is ReleaseKind.PREMIERE_DATE
        and f.date is not None
        and f.date > first
        and f.confidence >= SERVE_LINE
        and (told_as_second_outing(f.evidence) or _FOLLOWED.search(f.evidence) is not None)
        else f
        for f in facts
    ]
