"""A fact-sheet line that labels the release date: "Release date: Friday 15 May on Netflix,
worldwide.", "Out: 3 April 2026 in cinemas.", "On Netflix: Friday 15 May, worldwide, 8am UK
time", a forum thread's "Released: Friday 15 May 2026 (Netflix, worldwide)". The label opens the
sentence and the date follows it straight away, with at most the territory ("(US)", "(US), with a
UK release to follow"), a platform (a known one named bare after a comma or in brackets too)
and "worldwide" after it; anything more ("Release date: 3 May in the UK, later elsewhere") is
left to the ordinary rules. A bare "Released:" is read only under a line naming the headline's
work (a book's or album's info box has it too). A guessed date is labelled so ("Expected
release date: ...", "Rumoured date: ...") and is not read here.
"""

from __future__ import annotations

from bot.extract.dates import DATE_RE, parse_date
from bot.extract.lexicon import CHANNEL
from bot.extract.text import Doc, View
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_LABEL = lazy_pattern(
    r"[ *_•-]*(?:(?:Official|Confirmed|New)[ ])?(?:[Rr]elease[ ][Dd]ate|[Pp]remiere[ ][Dd]ate|"
    r"[Rr]elease|(?P<bare>[Rr]eleased)|[Oo]ut|[Ll]aunch[ ][Dd]ate|"
    r"(?P<on>On[ ][A-Z][\w+]*(?:[ ][A-Z][\w+]*)?))"
    r"[ ]?:(?:[*_]{1,2})?[ ]+"
)
_SHEET_LINE = lazy_pattern(r"[ *_•-]*[A-Z][\w ]{0,20}:[ ]+\S")
"""A fact sheet's line, "- Title: Lumen": a platform's label names no work, so it is read only
as one line of such a sheet (the line above is one too), not after prose about another work."""
PLATFORM = r"(?:,?[ ](?:on|in)[ ][A-Z][\w+]*(?:[ ][A-Z][\w+]*){0,2})?"
"""The platform after a date, if any: "on Netflix", ", in Apple TV Plus"."""
STOP = r"[ ]*[.!]?[ ]*"
"""The end of a line that is only a date: a full stop, if any."""
_COUNTRIES = r"(?:(?:UK|US|U\.S\.|Irish|British|American|Canadian|Australian)[ ](?:and[ ]"
_COUNTRIES += r"(?:UK|US|Irish|British|American|Canadian|Australian)[ ])?)?"
_WHERE = rf"(?:,?[ ](?:in[ ]{_COUNTRIES}(?:cinemas|theaters|theatres)|worldwide|globally|"
_WHERE += r"everywhere)){0,2}"
"""Where: "in cinemas", whose cinemas ("in UK and Irish cinemas"), "worldwide"."""
_NAMED = rf"{CHANNEL}(?:[ ][A-Z][\w+]*){{0,2}}"
"""A known channel or streamer: a bracket's "(Rumoured)", "(Faber)" or "(Per Deadline)" is none."""
_BARE_PLATFORM = rf"(?:,[ ]{_NAMED}{_WHERE}|[ ]\({_NAMED}{_WHERE}\))?"
"""The platform named bare after a comma or in brackets, "worldwide" maybe after it, as a
forum's fact list has it: ", Netflix worldwide", " (Netflix, worldwide)"."""
_HOUR = (
    r"(?:,?[ ](?:at[ ])?\d{1,2}(?:[.:]\d{2})?[ ]?[ap]m(?:[ ](?:UK|BST|GMT|ET|PT)(?:[ ]time)?)?)?"
)
"""The hour it goes up, if any: ", 8am UK time"."""
_NOTE = (
    r"[ ]\((?:confirmed|announced|verified)[ ](?:in|by|on|at)[ ]"
    r"(?![^()]*?(?:\b(?:rumou?r\w*|unconfirmed|not|may|might|could|slip\w*|leak\w*|only|"
    r"reportedly|fans?|tbc|yet)\b|\?))[^()]{1,80}\)"
)
"""A note, in brackets, of where the date was confirmed: "(confirmed in the end card)"; none that
is hearsay ("(according to rumours)", "(via a leaked listing)") or doubts the date or its scope
("(announced for the US only)", "(confirmed? not yet)")."""
_NOTED = lazy_pattern(_NOTE)
_TAIL = lazy_pattern(
    r"(?:[ ]\((?:(?:US|U\.S\.|USA|UK|U\.K\.|UK[ ](?:&|and)[ ]Ireland|Ireland|Canada|Australia)"
    r"(?:[ ](?:cinemas|theaters|theatres))?|[Cc]inemas|[Tt]heaters|[Tt]heatres)\)"
    r"(?:,[ ]with[ ](?:an?|the|its)[ ][^.;]{1,40}?[ ]to[ ]follow\b[^.;]{0,30})?)?"
    + _WHERE
    + PLATFORM
    + _WHERE
    + _BARE_PLATFORM
    + _HOUR
    + rf"(?:{_NOTE})?"
    + STOP
)
"""What may follow the date: the territory it is for ("(US)", "(UK & Ireland cinemas)", with a
later one "to follow"), the platform ("on Netflix"), "worldwide" before or after it ("worldwide
on Netflix", "on Netflix worldwide"), a forum's note of its source in brackets ("(confirmed in
the trailer's end card)") and a full stop."""


def labelled_date(doc: Doc, view: View, evidence: str) -> list[ReleaseFact]:
    """The premiere date a "Release date:" label gives."""
    chunk = view.chunk
    if len(_NOTED.sub("", chunk)) > (120 if "follow" in chunk else 80):
        return []
    label = _LABEL.match(chunk)
    if label is None:
        return []
    para = view.span.para
    if label["on"] and (para == 0 or not _SHEET_LINE.match(doc.text, doc.paras[para - 1].start)):
        return []  # "Copper Bay is the one to watch. / On Netflix: 15 May": whose date?
    if label["bare"] and not _under_ours(doc, para):
        return []  # "The novel, in brief. / Released: 3 March 2022 (Faber)": the book's
    date = DATE_RE.match(chunk, label.end())
    if date is None or not _TAIL.fullmatch(chunk, date.end()):
        return []
    day = parse_date(date, doc.date, past=False)
    return [] if day is None else [ReleaseFact(ReleaseKind.PREMIERE_DATE, evidence, date=day)]


_CAPITAL_WORD = lazy_pattern(r"\b[A-Z][\w’'-]{3,}")


def _under_ours(doc: Doc, para: int) -> bool:
    """Whether the line above a bare "Released:" names a word of the headline: "Title: Fellside",
    "Welcome to the thread for Fellside!" (a book's or album's info box sits under its own)."""
    if para == 0 or doc.title_para is None:
        return False
    title = doc.paras[doc.title_para]
    above = doc.paras[para - 1]
    heads = set(_CAPITAL_WORD.findall(doc.text, title.start, title.end))
    return not heads.isdisjoint(_CAPITAL_WORD.findall(doc.text, above.start, above.end))
