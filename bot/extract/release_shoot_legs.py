"""A shoot's leg wrapped, not the shoot: one location finished before the work goes on elsewhere
("The production wraps its Margate shoot on Friday before moving on to studio work", "finished
the Cornish leg before heading to the studio", "wrapped its Whitby block in May and has since
moved on to York"). The day is that leg's, not the production's wrap. A leg begun ("began its
Hamburg block on 13 October") is likewise no start of the shoot."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_MOVES_ON = lazy_pattern(
    r"\b(?:wrap(?:s|ped|ping)?|finish(?:es|ed|ing)?|complet(?:es|ed|ing))\b[^.,;!?]{0,80}?"
    r"\bbefore[ ](?:moving|heading|relocating|decamping|returning|going)[ ](?:on[ ])?"
    r"(?:to|back[ ]to|into)\b"
)
_MOVED_SINCE = lazy_pattern(
    r"\b(?:wrap(?:s|ped)?|finish(?:es|ed)?|complet(?:es|ed))[ ](?:its|their|the)[ ]"
    r"(?:[A-Z][\w’'-]*[ ]){1,3}(?:block|leg|stint|stretch|portion|segment|shoot)\b[^.;!?]{0,60}?"
    r"[ ]and[ ](?:has[ ]|have[ ])?(?:since[ ]|now[ ]|then[ ])?(?:moved|headed|relocated|"
    r"decamped|gone)[ ](?:on[ ])?(?:to|back[ ]to|into)\b"
)
"""A named place's block wrapped "and has since moved on to" another place."""
_BEGIN = r"(?:beg[ai]n|begins|start(?:s|ed)?|commenc(?:es|ed)|kick(?:s|ed)[ ]off|open(?:s|ed))"
_LEG = (
    r"(?<![\w-])(?:[Ii]ts|[Tt]heir|[Tt]he|[Aa])[ ]"
    r"(?:(?!(?:first|opening|initial)[ ])[\w’'-]+[ ]){0,3}"
    r"(?:block|leg|stint|portion|segment|stretch)"
    r"(?:[ ](?:of[ ](?:the[ ])?(?:shoot|filming|production)|in[ ][A-Z][\w’'-]*))?"
)
_LEG_BEGUN = lazy_pattern(
    rf"(?:\b{_BEGIN}[ ](?:(?:shooting|filming)[ ])?{_LEG}|{_LEG}[ ]{_BEGIN})[ ](?:on|from)$"
)
"""A leg of the shoot begun on a day, as the verb's object or its subject ("began (shooting) its
Hamburg block on", "started the second leg of the shoot on", "the Leeds leg of the shoot began
on"): the day the work moved on to a place, not the day the shoot began ("the first block of
filming began on" is the shoot's start)."""


def leg_begun(before: str) -> bool:
    """The words before a day start one leg of the shoot, not the shoot itself."""
    return _LEG_BEGUN.search(before) is not None


def one_leg(evidence: str) -> bool:
    """The sentence wraps a part of the shoot and then moves on to more of it."""
    if "before " in evidence and _MOVES_ON.search(evidence) is not None:
        return True
    return " and " in evidence and _MOVED_SINCE.search(evidence) is not None


_AFTER_A_LEG = lazy_pattern(
    r"\b(?:beg[ai]n|begins|start(?:s|ed)|commenc(?:es|ed)|kick(?:s|ed)[ ]off)\b"
    r"(?:(?![ ](?:and|but|then)[ ])[^.;!?,]){0,80}?,?[ ]after[ ](?:(?:a|an|about|some|nearly|"
    r"almost|over|more[ ]than|[a-z]+|\d+)[ ])?(?:few[ ]|couple[ ]of[ ])?(?:days?|weeks?|months?|"
    r"fortnight)[ ](?:of[ ](?:shooting|filming)[ ])?(?:in|on|at|around)[ ](?:the[ ])?[A-Z]"
)
"""A start told with the time already spent at another place ("started filming in Leith on 4
May after three weeks in Glasgow"): that day began a later leg, not the shoot."""


def later_leg(evidence: str) -> bool:
    """The sentence starts the shoot at a place after weeks spent shooting at another."""
    return " after " in evidence and _AFTER_A_LEG.search(evidence) is not None
