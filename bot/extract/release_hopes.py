"""A window hoped for, promised or guessed, in a paragraph that has said there is no release date
yet: "Netflix has said nothing, but the author is 'hoping for late 2026'", "Release date: none.
The studio has only ever said 2026.", "No date yet. ... our best guess is early 2026.".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.extract.dates import WINDOW_RE, parse_window
from bot.extract.release_hedges import RUMOUR
from bot.extract.release_words import FILMING_NOUN
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_ANSWER_CUE = lazy_pattern(
    r"\b(?P<hope>(?:hoping|hopes|hoped|aiming|aims|aimed)[ ](?:for|to[ ](?:have|get)[ ]"
    r"(?:the[ ](?:film|movie|series|show|season)|it)[ ](?:ready[ ]for|out[ ](?:in|by)))"
    r"|eyeing|eyes|targeting)[ ]"
    r"(?:an?[ ](?=\w+[ ]20\d\d[ ](?:slot|release|launch|debut|bow)\b))?"
    r"|\b(?:has|have)[ ](?:only[ ])?(?:ever[ ])?(?:said|promised|committed[ ]to)[ ]"
    r"(?:(?:officially|publicly|so[ ]far)[ ])?(?:is[ ])?"
    r"|\b(?:is|are)[ ](?:still[ ])?(?:only[ ])?(?:saying|promising)[ ]"
    r"|\b(?P<guess>(?:[Oo]ur|[Mm]y)[ ]best[ ]guess[ ]is)[ ](?:(?:somewhere[ ])?around[ ])?"
)
"""A time hoped for or promised, after "no date yet": "Netflix has said nothing, but the author
is 'hoping for late 2026'", "Release date: none. The studio has only ever said 2026.", "All
it has said officially is 2026", "It is still only saying 2026", "is hoping to have the film
ready for spring 2026"; and the writer's own guess, told as a plain clause ("our best guess is
early 2026"), hedged too, as is a time unnamed people are saying ("some fans are saying
2026"): only "best guess", the stock phrase of an estimate offered as one. A
guess asked as a question ("Our best guess? Spring.") is no answer here."""
_CALLED_A_GUESS = lazy_pattern(
    r"[”\"’']?[ ]?[,–—-][ ]?(?:but[ ])?(?:that|which|this)(?:[’']s|[ ]is)[ ](?:just[ ]|only[ ]|"
    r"merely[ ]|pure[ ])?(?:a[ ]guess|a[ ]rumou?r|speculation|guesswork)\b"
)
"""The time said, then called a guess straight after ("some fans are saying 'spring 2027' -
that's a guess, not an announcement"): what others say, which the writer does not take up."""
_CLAUSE_END = lazy_pattern(r"[,;:]")
_CLOSE_TO = lazy_pattern(r"\b(?:close|near)[ ]to[ ]the[ ](?:production|shoot)\b")
"""Who told it ("a source close to the production"), not what the hope is for."""
_CONTRAST = lazy_pattern(r"[ ]*(?:However|But|Still|That[ ]said|Even[ ]so|Nonetheless)\b")
_BARE_YEAR = lazy_pattern(r"(?P<year>20\d\d)(?=[,.;]|$)")


def hoped_window(doc: Doc, view: View, evidence: str) -> Iterator[ReleaseFact]:
    """A window hoped for or promised, right after a paragraph's "no release date yet": the
    release's (hedged if hoped for); none where the words before it speak of the shoot."""
    original = doc.text[view.span.start : view.span.end]
    for cue in _ANSWER_CUE.finditer(original):
        end = _CLAUSE_END.search(original, cue.end())
        said = _CLOSE_TO.sub("", original[: end.start() if end else len(original)])
        if cue["guess"]:  # "Filming wrapped in May, and ..., our best guess is 2026": the
            said = said[_clause_start(said, cue.start()) :]  # guess's own clause only
        if FILMING_NOUN.search(said):
            return  # "hoping for May to finish the shoot": the shoot's
        start = cue.end() + original.startswith(("“", '"', "‘", "'"), cue.end())  # “next year”
        match = WINDOW_RE.match(original, start)
        window = parse_window(match, doc.date) if match is not None else None
        year = _BARE_YEAR.match(original, start) if match is None else None
        if year is not None and doc.date is not None and int(year["year"]) >= doc.date.year:
            window = year["year"]
        if window is not None and match is not None and match["season"]:
            window = _coming(window, doc.date)  # "eyeing a spring slot", told in October
        told = match or year
        if window is None or told is None or _CALLED_A_GUESS.match(original, told.end()):
            continue  # none; or "fans are saying 'spring 2027' - that's a guess, not ..."
        hedged = bool(cue["hope"] or cue["guess"] or RUMOUR.search(said, 0, cue.end()))
        yield ReleaseFact(ReleaseKind.WINDOW, evidence, window=window, hedged=hedged)


def _coming(window: str, date: dt.date | None) -> str:
    """A season's ``window`` a year on when it has ended by ``date``: a hope looks ahead."""
    if date is None or window[-7:] >= f"{date:%Y-%m}":
        return window
    return "/".join(f"{int(part[:4]) + 1}{part[4:]}" for part in window.split("/"))


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` starts: after the last comma, semicolon or colon."""
    return max(text.rfind(mark, 0, end) for mark in ",;:") + 1


def carries_on(doc: Doc, view: View, unannounced: int) -> bool:
    """The paragraph right after a "no release date yet" opens by answering it ("Netflix has
    not dated it." / "However, a source says the team is 'aiming for early 2026'."): a hope
    there is read as if in the same paragraph."""
    para = view.span.para
    opening = view.span.start <= doc.paras[para].start + 1
    return para >= 1 and unannounced == para - 1 and opening and bool(_CONTRAST.match(view.chunk))
