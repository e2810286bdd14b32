"""A shoot's leg wrapped, not the shoot: one location finished before the work goes on elsewhere
("The production wraps its Margate shoot on Friday before moving on to studio work", "finished
the Cornish leg before heading to the studio", "wrapped its Whitby block in May and has since
moved on to York"). The day is that leg's, not the production's wrap. A leg begun ("began its
Hamburg block on 13 October") is likewise no start of the shoot, and so is a day filming began
in one place after time spent filming in another ("started shooting in Leeds on 2 June after
three weeks in Bristol", "following a month of filming in Cork"): the shoot began earlier."""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.lexicon import COUNT_WORD

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


_AFTER_A_LEG = lazy_pattern(
    rf"\b(?:[Aa]fter|[Ff]ollowing)[ ](?:(?:a|an|one|{COUNT_WORD}|several|a[ ]few)[ ])"
    r"(?:(?:more|full|long|busy)[ ])?(?:days?|weeks?|fortnights?|months?)[ ]"
    r"(?:(?:of[ ])?(?:filming|shooting|work)[ ])?(?:in|at|on)[ ](?:the[ ])?[A-Z]"
)
"""Time already spent at another place: "after five weeks in Cork", "following a fortnight of
filming at Pinewood"."""
_WRAP = lazy_pattern(r"\b(?:[Ww]rap|[Ff]inish|[Cc]omplet|[Ee]nd)")


def after_a_leg(evidence: str) -> bool:
    """The sentence's start of filming comes after time spent filming elsewhere, and no wrap is
    told before that time ("wrapped after six weeks in Belfast" is the whole shoot's length)."""
    if "fter " not in evidence and "ollowing " not in evidence:
        return False
    match = _AFTER_A_LEG.search(evidence)
    return match is not None and _WRAP.search(evidence, 0, match.start()) is None


def leg_begun(before: str) -> bool:
    """The words before a day start one leg of the shoot, not the shoot itself."""
    return _LEG_BEGUN.search(before) is not None


def one_leg(evidence: str) -> bool:
    """The sentence wraps a part of the shoot and then moves on to more of it."""
    if "before " in evidence and _MOVES_ON.search(evidence) is not None:
        return True
    return " and " in evidence and _MOVED_SINCE.search(evidence) is not None
