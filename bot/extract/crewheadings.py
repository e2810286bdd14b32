"""Credits in a round-up under name headings: a paragraph that is only a person's full name,
then one that opens on their trade ("Ada Vale" / "The director shared a photo of the set",
"The Lanterns creator, who wrote the film's screenplay, posted ..."). Two such headings at
least, so a lone name line (a byline, a caption) credits nobody."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.crewwords import CREW_WORDS
from bot.extract.lazy_patterns import lazy_pattern
from bot.extract.names import NAME, is_full
from bot.extract.text import Doc
from bot.facts import CrewRole

_HEADING = lazy_pattern(rf"[ ]*{NAME}[ ]*$")
_TRADE = lazy_pattern(
    r"[ ]*The[ ](?:(?:film|series|show|movie)[’']s[ ]"
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
    headings = [
        i
        for i, para in enumerate(doc.paras)
        if i != doc.title_para
        and para.end - para.start < _LONGEST
        and _HEADING.match(doc.text, para.start, para.end)
        and is_full(doc.text[para.start : para.end].strip())
    ]
    if len(headings) < _LEAST:
        return []
    credits: list[tuple[str, CrewRole, str]] = []
    for i in headings:
        if i + 1 >= len(doc.paras):
            continue
        under = doc.paras[i + 1]
        match = _TRADE.match(doc.text, under.start, under.end)
        if match is None or under.start in context.foreign:
            continue
        if match["work"] and not context.is_known(match["work"]):
            continue  # "The Lumen director": another work's
        name = doc.text[doc.paras[i].start : doc.paras[i].end].strip()
        evidence = doc.text[under.start : under.end].strip()
        credits.append((name, CREW_WORDS[match["role"]], evidence))
        if _WHO_WROTE.match(doc.text, match.end(), under.end):
            credits.append((name, CrewRole.WRITER, evidence))
    return credits


_LONGEST = 60
_LEAST = 2
