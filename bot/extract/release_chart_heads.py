"""A chart report whose headline ranks two works, and the one it puts below the top.

"‘Copper Bay’ Stays No. 1 as ‘Gannet Row’ Rises to Third" names both works, so both read as
the article's own; but the one the headline ranks lower is the chart's other work, and the
paragraph whose sentence gives it that lower place ("In third place, Lumen’s Gannet Row rose
from sixth ... The thriller premiered on May 2") tells that work's dates, not the film's. A
chart headline may lower the second work by its verb alone ("Streaming chart: ‘Copper Bay’
holds on as ‘Gannet Row’ climbs"), or as the object its top work pushes down ("Tin Lid
Tops Chart, Pushing Gannet Row to Second"): the body still has to give it the lower place.
"""

from __future__ import annotations

from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_LOWER = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\.?[ ]?(?:[2-9]|1\d|20)"
    r"|number[ ](?:two|three|four|five|six|seven|eight|nine|ten))\b"
)
_HEAD_LOWERED = lazy_pattern(
    r"(?:‘(?P<quoted>[^’]{2,60})’|(?:^|,[ ]|[ ](?i:as|and|while)[ ])"
    r"(?P<bare>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}?))[ ]"
    r"(?i:climbs|climbed|rises|rose|falls|fell|slips|slipped|drops|dropped|moves|moved|jumps|"
    r"jumped|slides|slid|sinks|sank|holds|held|lands|landed|debuts|debuted|enters|entered)"
    rf"[ ](?i:(?:in|at|to|into)[ ])?(?i:{_LOWER})"
)
"""A work the headline puts below the top: "‘Gannet Row’ Rises to Third", "as Tin Lid Slips
to No. 2"."""
_HEAD_AS = lazy_pattern(
    r"[ ]as[ ](?:‘(?P<quoted>[^’]{2,60})’|(?P<bare>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}?))[ ]"
    r"(?:climbs|rises|slips|falls|drops|slides|sinks|gains|surges)\b"
    r"(?![ ](?:to|into)[ ](?:the[ ])?(?i:top|No\.?[ ]?1\b|number[ ]one|first))"
)
"""A chart headline's second work, moved without a place: "as ‘Gannet Row’ climbs" (not "as
‘Gannet Row’ climbs to the top")."""
_HEAD_PUSHED = lazy_pattern(
    r"(?i:pushing|pushes|pushed|knocking|knocks|knocked|bumping|bumps|bumped|sending|sends|"
    r"relegating|relegates|relegated|nudging|nudges|nudged)[ ]"
    r"(?:‘(?P<quoted>[^’]{2,60})’|(?P<bare>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3}?))[ ]"
    rf"(?i:(?:down[ ])?(?:to|into)[ ])(?i:{_LOWER})"
)
"""A work the headline's top work pushes below it: "..., Pushing ‘Gannet Row’ to Second",
"Tin Lid Tops Chart, Bumping Gannet Row to No. 2"."""
_HEAD_CHART = lazy_pattern(r"(?i)\bcharts?\b")
_HEAD_TOP = lazy_pattern(r"(?i)\bNo\.?[ ]?1\b|\bnumber[ ]one\b|\btops?\b|\btop[ ]spot\b")
"""The headline puts another work at the top: "Holds No. 1", "Tops Chart"."""
_BODY_PLACE = lazy_pattern(rf"(?i)\b(?:in|at|to|was|is|came|finished|placed)[ ]{_LOWER}")
"""A body sentence's lower chart place: "In second place", "climbed from fifth to second"."""


def lowered_names(doc: Doc) -> tuple[str, ...]:
    """The works a chart headline ranks below another it puts at the top."""
    if doc.title_para is None:
        return ()
    para = doc.paras[doc.title_para]
    title = doc.text[para.start : para.end].strip()
    if _HEAD_TOP.search(title) is None and _HEAD_CHART.search(title) is None:
        return ()
    placed = _HEAD_LOWERED.finditer(title) if _HEAD_TOP.search(title) else iter(())
    pushed = _HEAD_PUSHED.finditer(title) if _HEAD_TOP.search(title) else iter(())
    return tuple(m["quoted"] or m["bare"] for m in (*placed, *pushed, *_HEAD_AS.finditer(title)))


def charts_lowered(chunk: str, names: tuple[str, ...]) -> bool:
    """The sentence gives a lower chart place to a work the headline ranks below the top."""
    if not names:
        return False
    place = _BODY_PLACE.search(chunk)
    return place is not None and any(0 <= chunk.find(name) < 200 for name in names)


def without_lowered(chunk: str, names: tuple[str, ...]) -> str:
    """The sentence with the lowered works' names blanked, so that their words (the headline's,
    so read as ours) do not make a sentence that ranks one of them read as the film's."""
    for name in names:
        chunk = chunk.replace(name, "")
    return chunk
