"""The span a TV guide covers, told in its opening line: "Our pick of the best TV and streaming
from Friday 13 February to Sunday 15 February", "What to watch on TV from Saturday 14 February
to Sunday 15 February". The first day is the guide's, not a release: a date or window read from
such a sentence is held. The guide's entries ("Sunday 15 February, 9pm, BBC One") still date
theirs, and a span told in words ("from tonight to Sunday") is left to the rules that read it."""

from __future__ import annotations

from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_GUIDE_SPAN = lazy_pattern(
    r"[ “\"]*(?:(?:Our|The)[ ](?:pick|picks|choice|guide|selection|round-?up)[ ]of[ ]the[ ]best"
    r"|(?:Our|The)[ ](?:TV[ ]|viewing[ ]|streaming[ ])?(?:guide|picks)[ ]to[ ]the[ ]best"
    r"|The[ ]best|What[ ]to[ ]watch)[ ][^.;!?]{0,60}?\b(?:TV|television|telly|streaming|shows|"
    r"viewing|films|on[ ]the[ ]box)\b[^.;!?]{0,40}?[ ]from[ ](?=[^.;!?]{0,20}\d)[^.;!?]{3,30}?[ ]"
    r"(?:to|until|till|"
    r"through|–|-)[ ]"
)
_DATED = frozenset({ReleaseKind.PREMIERE_DATE, ReleaseKind.WINDOW})


def a_guides_span(fact: ReleaseFact) -> bool:
    """The fact's sentence is a guide's opening line telling the days it covers."""
    return fact.kind in _DATED and _GUIDE_SPAN.match(fact.evidence) is not None
