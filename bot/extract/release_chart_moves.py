"""A chart's other work, named bare at the head of its sentence and moved a place: "Larkfield,
released on 14 May, fell to No 2", "Pebble Street: The Return, out since 3 April, slipped to
third", a quoted one told by its kind 'The two-part "Pellworth", a hit last month, fell to
No 4'. Its dates are that work's, and so are its paragraph's after it ("The film opened
..."). So is a work handed a lower place ("Second place went to last week's No 1, ‘Larkfield’")
or named as the report goes on down the chart ("Further down, awards hopeful ‘Larkfield’ added
£300,000"; a bare name only straight after the comma: "Further down, Larkfield took ...")."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_BARE_MOVE = lazy_pattern(
    r"[ “\"]*(?:(?:The|A|An)[ ](?:[a-z][\w-]*[ ]){1,3}(?P<mark>[‘“\"]))?"
    r"(?P<name>[A-Z][\w’'&-]*(?::?[ ][A-Z][\w’'&-]*){0,5})(?(mark)[’”\"])"
    r"(?:,[^.;]{1,80}?,)?[ ](?:fell|falls|slipped|slips|slid|dropped|drops|rose|rises|climbed|"
    r"climbs)[ ](?:back[ ])?(?:from[ ][\w ]{1,20}?[ ])?to[ ](?:first|second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|No\.?[ ]?\d+|number[ ]\w+)\b"
)

_QUOTED = r"[‘'“\"](?P<quoted>[A-Z](?:[^’'”\"]|(?<=\w)[’'](?=\w)){1,60})[’'”\"](?!\w)"
_BARE = r"(?P<bare>[A-Z][\w’'&-]*(?::?[ ][A-Z][\w’'&-]*){0,5})"
_PLACED = lazy_pattern(
    r"[ “\"]*(?:(?:Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)[ ](?:place|spot)"
    r"[ ](?:went|goes|belongs|belonged|fell)[ ]to[ ]"
    r"(?:(?:[^,;.‘'“\"]|(?<=\w)[’'](?=\w)){1,40},[ ])?"
    r"|(?:Further|Lower)[ ]down(?:[ ]the[ ](?:chart|table|list|rankings|top[ ](?:ten|10)))?,[ ])"
    rf"(?:(?:[\w’'-]+[ ]){{0,4}}?{_QUOTED}|{_BARE}(?=[ ,]))"
)
"""A lower place handed to a work, or a work further down the chart: "Second place went to last
week's No 1, ‘Larkfield’", "Further down, awards hopeful ‘Larkfield’ added ..."."""

_NOT_A_WORK = frozenset(
    {"It", "Its", "This", "That", "The", "They", "She", "He", "Which", "Our", "Their"}
)
"""Heads that stand for a work rather than name one ("It fell to No 2")."""


def bare_chart_move(chunk: str) -> str | None:
    """The name of the work the sentence opens with and moves a chart place, if any."""
    match = _BARE_MOVE.match(chunk)
    if match is None:
        placed = _PLACED.match(chunk)
        name = placed and (placed["quoted"] or placed["bare"])
        return name if name and name.split()[0] not in _NOT_A_WORK else None
    if match["name"].split()[0] in _NOT_A_WORK:
        return None
    return match["name"]
