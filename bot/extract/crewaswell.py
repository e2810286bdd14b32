"""A second job told with "as well as": "X wrote the script as well as directing", "Y scored
it in addition to producing", "Z directed as well as writing the screenplay", "As well as
directing, Z wrote the screenplay"; for :mod:`bot.extract.crewduties`. The job after "as well
as" is the same person's credit on the production the sentence is about; "as well as directing
other films" names no credit of it."""

from __future__ import annotations

from collections.abc import Iterator

from bot.extract.crewwords import CREW_WORDS
from bot.extract.cues import hint
from bot.extract.names import NAME
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_ALSO = r"(?:as[ ]well[ ]as|in[ ]addition[ ]to|besides|on[ ]top[ ]of)"
_JOB = r"(?P<job>directing|producing|editing|writing|scoring)"
_CREDIT_VERB = (
    r"(?:(?:also|both)[ ])?(?:wrote|writes|has[ ]written|penned|scripted|directed|directs|"
    r"has[ ]directed|produced|produces|edited|edits|scored|scores|shot|shoots|"
    r"(?:will|is[ ]set[ ]to)[ ](?:write|direct|produce|edit|score|shoot))"
)
_OWN_END = (
    r"(?:[ ](?:the|its)[ ](?:script|screenplay|score|music))?"
    r"(?=[,.;:]|$|[ ](?:it|(?:the|this)[ ](?:film|feature|series|movie|show|project))\b)"
)
_AFTER = lazy_pattern(
    rf"(?:^|(?<=,[ ]and[ ])|(?<=;[ ]))(?P<name>{NAME})[ ]{_CREDIT_VERB}\b"
    rf"[^.;:!?“”\"]{{0,60}}?[ ]{_ALSO}[ ]{_JOB}{_OWN_END}"
)
"""The job after the credit: "X wrote the script as well as directing", also as the clause
after ", and" or ";" ("..., and X directed it as well as producing")."""
_BEFORE = lazy_pattern(
    rf"^(?i:{_ALSO})[ ]{_JOB}(?:[ ](?:it|(?:the|this)[ ](?:film|feature|series|movie|show)))?,"
    rf"[ ](?P<name>{NAME})[ ]{_CREDIT_VERB}\b"
)
"""The job before: "As well as directing, X wrote the screenplay"."""
_HINT = hint("s well as ", " addition to ", "esides ", " top of ")


def also_jobs(chunk: str) -> Iterator[tuple[str, CrewRole]]:
    """The person's second job on the production, named after "as well as" and its kin."""
    if _HINT.search(chunk) is None:
        return
    for match in (_AFTER.search(chunk), _BEFORE.match(chunk)):
        if match is not None:
            yield match["name"], CREW_WORDS[match["job"]]
