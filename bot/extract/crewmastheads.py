"""A publication's own editor or producer: "The Reel Letter is edited by Jo Reyes", "This week's
edition was written and edited by Jo Reyes", "Frame Notes, our weekly newsletter, is edited by Jo
Reyes", a podcast write-up's closing credit "Lamplight Talk is produced by Jo Reyes".

"Edited by" or "produced by" whose subject is the newsletter, the podcast, the outlet or the edition
(a publication noun in the subject or in an apposition after it, or a name the page's masthead or
headline gives as the publication; each job may have its own "by", as a sign-off's "Frame Notes is
written by A and edited by B" has: "Frame Notes | Friday edition", "Frame Notes: the week's picks",
"welcome to Frame Notes", a masthead line "FRAME NOTES | Issue 12 | Friday 3 May", a numbered
"Lamplight Talk, episode 41 |"; one with only a date, "FRAME NOTES | Friday 3 May", is trusted for
"edited by" alone, as a work's listing line may open so) is a byline, never the film's editor or
producer. The film's own "The film is edited by X" keeps its credit, as does "The series, which I
flagged in last week's newsletter, is edited by X" (a relative clause about the subject, not a
name for it). A masthead line set out with pipes
("FRAME NOTES | Monday 6 April | ... Edited by Jo Reyes.") credits its staff with no subject at all,
when a part is the issue's date or the line names a publication noun: a review's info line ("<WORK>
| 15 | 104 mins | In cinemas Friday. Edited by X.") is the film's. The staff are the names after the
jobs' "by"s; a later "by" in the sentence ("..., with <Work>, directed by Y") is not staff.
"""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.lexicon import MONTH_NAME
from bot.extract.names import LIST_SPLIT, NAME
from bot.extract.people import People, clean_name, is_full
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_EDITED = lazy_pattern(
    r"[ “\"‘']*(?P<subject>[A-Z][^.;:!?“”\"]{0,80}?)(?:,(?P<aside>[^,.;]{1,60}),)?"
    r"[ ](?:is|was|has[ ]been|are)"
    r"[ ](?:(?:written|produced|compiled|curated|put[ ]together|hosted|presented|edited)"
    r"(?:[ ]by[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,3})?(?:,[ ]|,?[ ](?:and|&)[ ]))*"
    r"(?P<verb>edited|produced)[ ]by\b"
)
"""The subject, then the jobs, each perhaps with its own "by": "is written by A and edited by"."""
_PUBLICATION = lazy_pattern(
    r"\b(?i:newsletter|briefing|bulletin|digest|edition|issue|e-?mail|magazine|column|"
    r"round-?up|podcast|blog|website|mailout|mailing)s?\b"
)
_RELATIVE = lazy_pattern(r"[ ]*(?:which|who|whom|whose|that|where|when|as)\b")
_OWNED = lazy_pattern(r"^(?:(?:This|Today)(?:[ ]week)?[’']s[ ]|(?i:The)[ ]|This[ ])")
_TITLE = r"(?:The[ ])?[A-Z][\w’'&-]*(?:[ ][A-Z][\w’'&-]*){0,3}"
"""A publication's name as a masthead writes it (not a person's :data:`NAME`)."""
_SEPARATOR = r"[ ]?[:|–—·•]|[ ]-[ ]"
_OWN_NOUN = r"(?i:podcast|newsletter|bulletin|briefing|digest)"
"""The publication noun a masthead may set after the name: "Lamplight Talk podcast: ..."."""
_MASTHEAD = lazy_pattern(
    rf"(?P<numbered>{_TITLE})(?=,?[ ](?i:episode|ep\.|issue|edition|no\.)[ ]?\d+(?:{_SEPARATOR}|$))"
    rf"|(?P<nouned>{_TITLE})(?=[ ]{_OWN_NOUN}(?:{_SEPARATOR}))"
    rf"|(?:^(?P<lead>{_TITLE})|(?:\bwelcome[ ]to[ ]|\|[ ])(?P<name>{_TITLE}))"
    rf"(?=(?:{_SEPARATOR})|[.,!])"
)
"""A numbered masthead ("Lamplight Talk, episode 41 |"), a name its publication noun follows
("Lamplight Talk podcast: ..."), a name that opens the page ("Frame Notes: the week's picks"),
or one that a pipe or a welcome gives. A name that only opens the
page may be the work itself ("Tin Lid: the storm arrives"), so it is trusted for "edited by"
alone: "<Work> is produced by X" is the usual way a production's own credit is written."""
_TOLD_AS_WORK = lazy_pattern(
    r"\b(?i:film|movie|series|drama|documentary|thriller|comedy|feature|miniseries)\b"
)
"""An aside that tells the subject as a work: "Halden Moor, the new film, is produced by X"."""
_RELEASED = lazy_pattern(
    r"\b(?:opens|premieres|premiered|airs|aired|debuts|debuted|screens|screened)\b"
    r"|\bin[ ]cinemas\b"
)
"""A release told of the subject after its credit ("... is produced by X and opens in June"):
the work itself, though its own podcast or newsletter ("<Work> podcast: ...") heads the page."""
_LINE_LEAD = lazy_pattern(rf"[ ]*(?P<name>{_TITLE})[ ]?[|·•][ ]")
"""The name before a masthead line's first pipe: "THE REEL LETTER | Issue 4 | Friday 3 May"."""
_BY = lazy_pattern(r"\b[Bb]y(?=[ ])")
_STAFF = lazy_pattern(rf"[ ]{NAME}(?:(?:,[ ]|,?[ ](?:and|&)[ ]){NAME})*")
"""The run of people's names after "by" (in a masthead sentence, the publication's staff)."""
_BARE = lazy_pattern(
    r"[ ]*(?:(?:Written|Produced|Compiled|Curated)(?:,[ ]|,?[ ](?:and|&)[ ]))*[Ee]dited[ ]by"
    rf"{_STAFF.pattern}[.]?[ ]*$"
)
"""A masthead line's sentence with no subject: "Edited by A.", "Written and edited by A and B"."""
_PIPE = lazy_pattern(r"[ ][|·•][ ]")
"""The separator of a masthead line's parts: "LAMPLIGHT POST | Tuesday 2 May | Edited by A."."""
_ISSUE_DATE = lazy_pattern(
    r"[|·•][ ](?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ])?\d{1,2}(?:st|nd|rd|th)?[ ]"
    rf"{MONTH_NAME}(?:[ ]\d{{4}})?[ ]*(?:[|·•]|$)"
)
"""A masthead line's issue date, a part of its own: "| Tuesday 2 May 2026 |". A review's info
line ("<WORK> | 15 | 104 mins | In cinemas Friday") has no such part."""
_TOP = 4
"""How many paragraphs from the page's top may name the publication (headline, masthead)."""


def masthead_edits(doc: Doc, context: Context, people: People) -> frozenset[int]:
    """Start offsets of the sentences that credit the publication's own editor or producer (see
    above); the people they name join ``people`` (the page names them, though not as crew)."""
    if "dited by" not in doc.text and "roduced by" not in doc.text:
        return frozenset()
    lines = _masthead_lines(doc)
    named, led, nouned = _masthead_names(doc, lines)
    found: set[int] = set()
    for view in doc.views:
        match = _EDITED.match(view.chunk)
        if match is None:
            if view.span.para in lines and _BARE.match(view.chunk):
                found.add(view.span.start)  # "FRAME NOTES | Monday | ... Edited by A."
                _add_staff(view.chunk, len(view.chunk), people)
            continue
        subject = match["subject"]
        bare = _OWNED.sub("", subject)
        if context.is_ours(bare):
            continue
        aside = match["aside"] or ""
        whole = subject if _RELATIVE.match(aside) else f"{subject},{aside}"
        folded = bare.casefold()  # "LAMPLIGHT POST:" atop the page names "Lamplight Post" below
        produced = "produced" in match[0]  # "<Work> is produced by X": the work's own credit
        work = _TOLD_AS_WORK.search(aside) or _RELEASED.search(view.chunk, match.end())
        masthead = (
            folded in named
            or (folded in nouned and work is None)
            or (folded in led and not produced)
        )
        if _PUBLICATION.search(whole) or masthead:
            found.add(view.span.start)
            _add_staff(view.chunk, match.end(), people)
    return frozenset(found)


def _add_staff(chunk: str, end: int, people: People) -> None:
    """Add to ``people`` the names after each "by" of a masthead sentence's jobs, which end at
    ``end`` (its staff); a later "by" in the sentence ("..., with X directed by Y") is not."""
    for by in _BY.finditer(chunk):
        if by.start() >= end:
            break
        staff = _STAFF.match(chunk, by.end())
        for name in LIST_SPLIT.split(staff[0].strip()) if staff else ():
            if is_full(clean_name(name)):
                people.add(name)


def _masthead_names(
    doc: Doc, lines: frozenset[int]
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The names the page's top gives its publication, "The" left off and case folded: those a
    number, pipe, welcome or a masthead line (of ``lines``) with a publication noun gives, and
    those that only open the page or a masthead line with only a date (see :data:`_MASTHEAD`: a
    work's own listing, "<WORK> | Friday 3 May | BBC One, 9pm", is led by the work), and those a
    publication noun follows ("Lamplight Talk podcast: ...": a work's own podcast may be so named,
    see :data:`_RELEASED`)."""
    named: set[str] = set()
    led: set[str] = set()
    nouned: set[str] = set()
    for line in lines:
        para = doc.paras[line]
        lead = _LINE_LEAD.match(doc.text, para.start)
        if lead is not None:
            noun = _PUBLICATION.search(doc.text, lead.end(), para.end)  # "| Issue 4 |"
            (led if noun is None else named).add(_OWNED.sub("", lead["name"]).casefold())
    for para in doc.paras[:_TOP]:
        for match in _MASTHEAD.finditer(doc.text, para.start, para.end):
            if match["lead"]:
                led.add(_OWNED.sub("", match["lead"]).casefold())
            elif match["nouned"]:
                nouned.add(_OWNED.sub("", match["nouned"]).casefold())
            else:
                named.add(_OWNED.sub("", match["name"] or match["numbered"]).casefold())
    return frozenset(named), frozenset(led), frozenset(nouned)


def _masthead_lines(doc: Doc) -> frozenset[int]:
    """The paragraphs at the page's top set out as a masthead line: parts split by pipes, one of
    them the issue's date or the line naming a publication noun."""
    return frozenset(
        para.para
        for para in doc.paras[:_TOP]
        if _PIPE.search(doc.text, para.start, para.end)
        and (
            _ISSUE_DATE.search(doc.text, para.start, para.end)
            or _PUBLICATION.search(doc.text, para.start, para.end)
        )
    )
