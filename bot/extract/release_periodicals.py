"""The next number of something that comes out on a schedule, told as due or out on a day: "Next
week's chart, covering the film's first full week, is due on Tuesday 28 April", "The next issue
lands on Thursday", "this month's edition is out on 3 May", "The next report, covering July to
December, is due in early 2027". The day is the chart's, issue's, newsletter's or report's, not
the work's release: "the film is due on 3 May" still is.
"""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_NEXT_NUMBER = lazy_pattern(
    r"(?:^|[.;:!?][ ]|\b[Aa]nd[ ])[ “\"]*(?:[Tt]he[ ])?(?:[Nn]ext|[Tt]his|[Tt]he[ ]following)[ ]"
    r"(?:(?:week|month|fortnight)[’']s[ ])?"
    r"(?:(?:weekly|monthly|official|streaming|box[ ]office|[Tt]op[ ]\d+)[ ])?"
    r"(?:chart|charts|issue|edition|newsletter|digest|column|rankings?|list|[Tt]op[ ]\d+|"
    r"instal+ment|bulletin|(?:[\w-]+[ ]){0,2}?report)\b(?:[ ]of[ ](?:this|the|our|my)[ ][\w-]+)?"
    r"(?:,[^,;]*,)?[ ](?:(?:is|are|will[ ]be|should[ ]be)[ ])?"
    r"(?:due|out|published|released|comes[ ]out|will[ ]come[ ]out|lands|arrives|drops)"
    r"(?:[ ](?:on|in|at))?[ ]?$"
)


def next_number_due(chunk: str, clause: str) -> bool:
    """The words of ``chunk`` up to its ``clause`` before a date make a chart, issue or edition
    the subject, not the work."""
    if not (told := clause.strip()) or (end := chunk.find(told)) < 0:
        return False
    return _NEXT_NUMBER.search(chunk, 0, end + len(told)) is not None
