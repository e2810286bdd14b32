"""A shoot's start told in a gerund after "after" or "since", for :mod:`bot.extract.release_dates`.

"Filming wrapped this week after starting on 3 March"; "the shoot ended in May, after kicking
off in February": the date belongs to the start, the nearer verb, not to the wrap the sentence
leads with. :data:`bot.extract.release_words.STARTED` reads the finite verbs ("started",
"began"); this adds the gerund, so the verb nearest the date still decides. Not "before
starting", which tells of a time before the shoot ("met the cast before starting in June").
"""

from __future__ import annotations

from bot.extract.release_words import STARTED
from bot.lazy_patterns import lazy_pattern

_GERUND_START = lazy_pattern(
    r"\b(?:after|since)[ ](?:first[ ])?(?:starting|beginning|kicking[ ]off|commencing"
    r"|getting[ ]under[ ]?way)\b"
)
WITH_SHOOT = r"(?:with[ ](?:filming|shooting|production|principal[ ]photography|the[ ]shoot)[ ])?"
"""The shoot named again before its participle: ", with filming beginning on 3 March"."""
_SPAN_START = lazy_pattern(rf",[ ]{WITH_SHOOT}(?P<verb>starting|beginning)[ ]on$")
"""A past shoot's span, then its first day by a participle: "Shooting ran for five weeks in
Fife, starting on 2 March 2024 and wrapping in April", "The film was shot in Fife, with filming
beginning on 2 March 2024" (only once the words before have told a past shoot:
:func:`bot.extract.release_spans.shot_then`)."""
_SHOT_FROM = lazy_pattern(r"\bafter[ ](?P<verb>shooting|filming)\b[^,;.]{0,60}?[ ]from$")
"""A wrap after a shoot run "from" its first day: "wrapped in September after shooting in Kent
from 14 July" (the day is the start's)."""


def start_marks(before: str) -> list[int]:
    """Where a shoot's start is told in ``before``, finite ("began") or gerund ("after
    starting"), in order."""
    marks = [m.start() for m in STARTED.finditer(before)]
    marks += [m.start() for m in _GERUND_START.finditer(before)]
    marks += [m.start("verb") for m in _SPAN_START.finditer(before)]
    marks += [m.start("verb") for m in _SHOT_FROM.finditer(before)]
    return sorted(marks)
