"""Dated statements told in the present or as a move: "Production kicks off Nov. 3 in Halifax"
(a plan, when the day is still to come), "Netflix has moved Lantern Row from 3 April to Friday,
May 1", "Lantern Row is moving from 3 April to 1 May" (the film's new release date, when the
thing moved is ours).
"""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.context import Context
from bot.extract.dates import parse_date
from bot.extract.lexicon import WEEKDAY_NAME
from bot.extract.release_parts import not_the_film
from bot.extract.release_words import FILMING_NOUN
from bot.lazy_patterns import lazy_pattern

_PRESENT_START = lazy_pattern(
    r"\b(?:[Ff]ilming|[Ss]hooting|[Pp]roduction|[Pp]rincipal[ ]photography|[Cc]ameras)[ ]"
    r"(?:kicks[ ]off|begins|starts|commences|gets[ ]under[ ]?way|roll|rolls)"
    r"(?:[ ](?:in|at|on)[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}"
    r"(?:(?:,[ ]|,?[ ]and[ ])[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*){0,2}){0,3})?(?:[ ]on)?"
    rf"(?:[ ]{WEEKDAY_NAME},?)?$"
)
_LATELY = dt.timedelta(days=14)


def present_start(before: str, match: re.Match[str], ref: dt.date | None) -> bool:
    """A shoot's start told in the present for a day still to come ("Filming kicks off on
    Monday, June 2"); none when the day could as well be one just past."""
    if ref is None or _PRESENT_START.search(before) is None:
        return False
    ahead = parse_date(match, ref, past=False)
    behind = parse_date(match, ref, past=True)
    if ahead is None or ahead <= ref:
        return False
    return behind is None or behind == ahead or behind < ref - _LATELY


_CAPITALISED = lazy_pattern(r"\b[A-Z][\w’'-]+")
_IT_TO = lazy_pattern(r"[ ]it(?:[ ](?:back|forward))?[ ]to[ ](?:\w+day,?[ ])?")
_OPENER = lazy_pattern(r"[ “\"]*(?:(?:The|A|An)[ ])?(?P<name>[A-Z][\w’'-]+)")
"""The sentence's subject: the film "it" stands for when the move comes later in the sentence."""
_OTHER_WORK = lazy_pattern(
    r"\b(?:film|movie|series|show|feature|drama|comedy|thriller|documentary|project|sequel|play|"
    r"book|novel|album|star|stars|season|episode)\b"
)


def moved_ours(
    chunk: str, shift: re.Match[str] | None, start: int, clause: str, context: Context
) -> bool:
    """Between the move's verb and its new date stands a name of ours ("has moved Lantern Row
    from 3 April to ..."), and no shoot or event is spoken of: the film's release moved."""
    if shift is None or FILMING_NOUN.search(chunk):
        return False
    if " the " in chunk[shift.end() : start] and _DESCRIBED.fullmatch(chunk, shift.end(), start):
        return " also " not in chunk[: shift.start()]  # "has moved the new season of the drama to"
    if not_the_film(clause, context):
        return False
    if " it " in chunk[shift.end() : start] and _IT_TO.fullmatch(chunk, shift.end(), start):
        opener = _OPENER.match(chunk)  # "Lowfield was due in May, but Apex moved it to ..."
        if opener is None or _OTHER_WORK.search(chunk, opener.end(), shift.start()):
            return False  # "Lowfield star Ada Vane has a new film, and Apex moved it to ..."
        return context.is_known(opener["name"])
    names = _CAPITALISED.finditer(chunk, shift.end(), start)
    return any(context.is_known(m.group()) for m in names) or _moves_itself(chunk, shift, context)


_DESCRIBED = lazy_pattern(
    r"(?:[ ](?:back|forward))?[ ](?:the|its)[ ](?:(?:first|second|third|fourth|fifth|new|next|"
    r"final|latest|upcoming)[ ])?(?:season|series|film|movie|show|drama)"
    r"(?:[ ]of[ ]the[ ](?:[\w’'-]+[ ]){0,4}?(?:drama|series|show|film|movie|thriller|comedy|"
    r"sitcom|documentary|docuseries|adaptation))?(?:[ ](?:back|forward))?"
    r"(?:[ ](?:by[ ])?(?:a|an|one|two|three|four|five|six|\d{1,2})[ ](?:days?|weeks?|months?),?)?"
    r"(?:[ ]from[ ][^,;.:]{3,30}?)?[ ]to[ ](?:\w+day,?[ ])?"
)
"""The film moved, named by a description, not a title: "the second season of the Cornish
period drama", "the film", "back the new series", "the film back two weeks, from 26 February"."""


_MOVE_TAIL = lazy_pattern(
    r"(?:[ ](?:has|have|is|was)(?:[ ]been)?|['’]s)(?:[ ](?:now|also|officially))?[ ]$"
)
_OUR_NOUN = lazy_pattern(
    r"\b(?:[Tt]he|[Ii]ts)[ ](?:film|movie|series|show|release|premiere[ ]date)$"
)


def _moves_itself(chunk: str, shift: re.Match[str], context: Context) -> bool:
    """The thing moved is the sentence's subject, and ours: "Lantern Row is moving from 3 April
    to 1 May", "the film has been pushed from June to ...", as the clause states it."""
    tail = _MOVE_TAIL.search(chunk, max(0, shift.start() - 30), shift.start())
    if tail is None:
        return False
    subject = chunk[max(0, tail.start() - 40) : tail.start()]
    last = subject.rsplit(" ", 1)[-1]
    return bool(_OUR_NOUN.search(subject)) or (
        _CAPITALISED.fullmatch(last) is not None and context.is_known(last)
    )


_TO_CINEMAS = lazy_pattern(
    r"\b(?:arrives|opens|lands|hits|premieres|debuts|comes|is)[ ](?:in|into|to)[ ]"
    r"(?:[A-Z][\w-]*[ ]){0,2}(?:cinemas|theaters|theatres)[ ]$"
)
"""A film's release verb and its cinemas just before "this month": "arrives in UK cinemas"."""


def month_away(match: re.Match[str], chunk: str) -> bool:
    """A month-long window ("this month", "next month") that is no release: "Sales launch next
    month". One is, told as the film reaching cinemas ("arrives in UK cinemas this month")."""
    if not (match["vague"] or "").lower().endswith("month"):
        return False
    return ("cinemas" not in chunk and "theat" not in chunk) or not _TO_CINEMAS.search(
        chunk, max(match.start() - 60, 0), match.start()
    )


_PRESENT_VERB = lazy_pattern(
    r"\b(?:begins|starts|kicks[ ]off)\b(?![^,;]*\b(?:began|started|has|had)\b)"
)
"""A start told in the present ("Production begins in March"): still to come, a plan."""
_PAST_START = lazy_pattern(
    r"\b(?:began|started|kicked[ ]off|got[ ]under[ ]?way|commenced|rolled)\b"
    r"(?![^,;]*\b(?:begins|starts|kicks[ ]off|commences|rolls|will|is|are)\b)[^,;]*$"
)
"""A start told in the past, the last start verb before the time."""


def start_ahead(before: str, match: re.Match[str], window: str, ref: dt.date | None) -> bool:
    """A shoot's start whose time is still to come: the window says so ("next month", "next
    spring", "later this year"), or a start told in the present names a month after the
    article's ("Production begins in March", written in February) or a span that ends after it
    ("Filming starts this summer", written in June)."""
    rel, vague = (match["rel"] or "").lower(), (match["vague"] or "").lower()
    if rel == "next" or vague.startswith(("next", "later")):
        return True
    if ref is None or not _PRESENT_VERB.search(before):
        return False
    # "Filming starts this summer", written in June: a span not yet over, told in the present.
    return window[:7] > f"{ref:%Y-%m}" or window.rsplit("/", 1)[-1][:7] > f"{ref:%Y-%m}"


def told_in_present(text: str) -> bool:
    """The start is told in the present only ("which begins filming this month"), no start in
    the past beside it ("Filming began in May")."""
    return _PRESENT_VERB.search(text) is not None and _PAST_START.search(text) is None


def past_start(before: str) -> bool:
    """The last start verb before a time is told in the past ("Filming began next spring"):
    never a plan."""
    return _PAST_START.search(before) is not None
