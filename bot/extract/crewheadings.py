"""Credits in a round-up under name headings: a paragraph that is only a person's full name,
then one that opens on their trade ("Ada Vale" / "The director shared a photo of the set",
"The Lanterns creator, who wrote the film's screenplay, posted ...", "The Moss author and Lanterns
creator posted ...": the last trade, told of this work). A heading may be a list's numbered item
("5. Ada Vale"). Two such headings at least, so a lone name line (a byline, a caption) credits
nobody."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.crewwords import CREW_WORDS
from bot.extract.names import NAME
from bot.extract.people import is_full
from bot.extract.text import Doc
from bot.facts import CrewRole
from bot.lazy_patterns import lazy_pattern

_HEADING = lazy_pattern(rf"[ ]*(?:\d{{1,2}}[.)][ ])?(?P<name>{NAME})[ ]*$")
"""A name alone, perhaps numbered as a list's item ("5. Ada Vale")."""
_TRADE = lazy_pattern(
    r"[ ]*The[ ](?P<first>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}[ ][a-z]+[ ]and[ ])?"
    r"(?:(?:film|series|show|movie)[’']s[ ]"
    r"|(?P<work>[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2})[ ])?"
    r"(?P<role>executive[ ]producer|casting[ ]director|co-creator|creator|director|writer|"
    r"screenwriter|composer|editor|cinematographer|producer)"
    r"(?=,|[ ](?!(?:of|on|for|at|behind|and|who)\b)[a-z])"
)
_WHO_WROTE = lazy_pattern(
    r",[ ]who[ ](?:also[ ])?(?:co-)?wrote[ ](?:the[ ](?:film|series|show|movie)[’']s|its)[ ]"
    r"(?:screenplay|script)s?\b"
)


def headed_credits(doc: Doc, context: Context) -> list[tuple[str, CrewRole, str]]:
    """Each name heading's credit, told by the paragraph under it."""
    if "\nThe " not in doc.text:
        return []
    headings: dict[int, str] = {}
    for i, para in enumerate(doc.paras):
        if i == doc.title_para or para.end - para.start >= _LONGEST:
            continue
        heading = _HEADING.match(doc.text, para.start, para.end)
        if heading is not None and is_full(heading["name"]):
            headings[i] = heading["name"]
    if len(headings) < _LEAST:
        return []
    credits: list[tuple[str, CrewRole, str]] = []
    for i, name in headings.items():
        if i + 1 >= len(doc.paras):
            continue
        under = doc.paras[i + 1]
        match = _TRADE.match(doc.text, under.start, under.end)
        if match is None or under.start in context.foreign:
            continue
        if match["work"] and not context.is_known(match["work"]):
            continue  # "The Lumen director": another work's
        if match["first"] and not match["work"]:
            continue  # "The Lumen author and director": which work is not told
        evidence = doc.text[under.start : under.end].strip()
        credits.append((name, CREW_WORDS[match["role"]], evidence))
        if _WHO_WROTE.match(doc.text, match.end(), under.end):
            credits.append((name, CrewRole.WRITER, evidence))
    return credits


_LONGEST = 60
_LEAST = 2
