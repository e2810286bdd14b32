"""A report the same sentence then knocks down: what it claimed is not stated.

"Reports claimed the studio had pushed the film to the autumn, but a spokesperson dismissed the
rumour", "Rumours suggested a spring release - but the streamer shot the story down", "Whispers
online have claimed it will drop by Christmas - but the network poured cold water on the idea":
the time belongs to the report, and the sentence says it is wrong, so it is no window and no
date. A time told in the same sentence is dropped with it (precision first: it may be the
report's).

A time only earlier reports claimed is the same: "Unlike what earlier reports
claimed, it will not go out weekly from October", "Previous reports had suggested a spring
release": the article tells them as superseded, so their time is not stated.
"""

from __future__ import annotations

from bot.extract.lazy_patterns import lazy_pattern

_REPORTED = lazy_pattern(
    r"\b(?:[Rr]eports|[Rr]umou?rs|[Cc]laims|[Ss]tories|[Ww]hispers|[Gg]ossip|[Cc]hatter)"
    r"(?:[ ][a-z]+){0,4}?[ ](?:had[ ]|have[ ]|has[ ])?(?:claimed|suggested|said|insisted|alleged)\b"
)
_KNOCKED_DOWN = lazy_pattern(
    r"(?:,|[ ][-–—])[ ](?:but|only[ ]for)[ ][^.;]{0,80}?\b(?:dismissed|denied|rubbished|"
    r"quashed|slapped[ ]down|shot[ ]down|shut[ ]down|batted[ ]away|knocked[ ]back|"
    r"scotch(?:ed)?|play(?:ed)?[ ]down|pour(?:ed)?[ ]cold[ ]water[ ]on)[ ]"
    r"(?:the[ ]|that[ ]|those[ ]|these[ ])?(?:rumou?rs?|reports?|claims?|story|stories|"
    r"speculation|talk|idea|suggestion)\b"
)


def knocked_down_report(evidence: str) -> bool:
    """The sentence tells a report and then dismisses it."""
    report = _REPORTED.search(evidence)
    return report is not None and _KNOCKED_DOWN.search(evidence, report.end()) is not None


_EARLIER = lazy_pattern(
    r"\b(?:(?:[Ee]arlier|[Pp]revious|[Ii]nitial|[Oo]riginal|[Oo]lder|[Ff]irst)[ ]"
    r"(?:reports|rumou?rs|claims|stories|reporting)|[Cc]hange[ ]from[ ](?:the[ ])?"
    r"(?:reports|rumou?rs|claims))(?:,?[ ](?:which|that))?[ ](?:had[ ]|have[ ])?"
    r"(?:claimed|suggested|said|insisted|alleged|stated|indicated|pointed[ ]to|put)\b"
)


def superseded_report(evidence: str) -> bool:
    """The sentence's time is what earlier reports claimed: no longer the case."""
    return _EARLIER.search(evidence) is not None
