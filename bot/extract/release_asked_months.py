"""A shoot's months told in an answer to a question about the shoot.

An interviewer asks where or when the shoot was ("Where did you film it?", "You shot it last
spring, right?"), and the answer says "We started in March ... We finished in May" (invented
examples). The question makes the start and the end the shoot's, and an interview looks back:
each month is the last one of that name up to the article's date. Only a first-person "we"
(the cast or crew) in the answer, with the month straight after the verb ("We started in Hull
in March", "we wrapped last May"); an answer about a rehearsal ("we rehearsed in May") or a
question about anything but the shoot ("When did you read the script?") says nothing here.

The question may itself tell the month and ask to have it checked ("You started filming in
March, is that right?"); an answer that opens on a day of that same month ("The ninth of
March.", "Yes, 9 March") confirms it and gives the day.
"""

from __future__ import annotations

from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_NAME
from bot.extract.release_word_days import word_day, word_days
from bot.extract.season_windows import latest_year
from bot.extract.text import Doc
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_ASKS_SHOOT = lazy_pattern(
    r"(?:^|[.!?”][ ])[^.!?]{0,80}\b(?:filmed|filming|shoot|shooting|"
    r"(?<!the[ ])(?<!this[ ])(?<!that[ ])(?<!your[ ])(?<!our[ ])(?<!a[ ])(?:film|shot))\b"
    r"[^.!?]{0,40}(?:\?|\.[ ](?:What|How)[^.!?]{0,40}\?)$"
)
"""The paragraph's last sentence, a question about the shoot: "Where did you film it?"; not one
that only names the film or a shot ("How long did the film take to write?"); or a statement about
the shoot and a short question on it ("You shot in Hull. What was that like?")."""
_TOLD = lazy_pattern(
    r"(?:\b(?P<we>[Ww]e)|,?[ ]and)[ ](?P<verb>started|began|finished|wrapped)"
    r"(?:[ ]in[ ][A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)?"
    rf"[ ](?:(?:in|last)[ ](?P<month>{MONTH_NAME})\b(?![ ]\d)"
    rf"|on[ ](?P<nday>\d{{1,2}})[ ](?P<nmonth>{MONTH_NAME})\b(?![ ]\d))"
    r"(?:,[ ]the[ ](?P<day>[a-z]+(?:-[a-z]+)?)(?=[,.;]|[ ]and\b))?"
)
"""A first-person start or end, the month straight after ("we started in July", "We started in
Belfast last October", "We finished in September"; "..., and finished in May" after one), maybe
narrowed to its day in words ("we started in July, the ninth, and ..."), or on a day ("We started
on 14 July"); not a dated day ("in May 12")."""

_END = lazy_pattern(r"[.!?]")
_CHECKED = lazy_pattern(
    r"\b(?:[Ww]e|[Yy]ou|[Tt]hey|[Ff]ilming|[Ss]hooting)[ ](?P<verb>started|began|finished|wrapped)"
    rf"(?:[ ](?:filming|shooting))?[ ]in[ ](?P<month>{MONTH_NAME}),?[ ]"
    r"(?:is[ ]that[ ]right|right|correct|yes|didn[’']t[ ](?:you|we|they)|wasn[’']t[ ]it)\?"
)
"""The question's own month, put to be checked: "We started filming in July, is that right?"."""
_CONFIRMED_DAY = lazy_pattern(
    r"(?:[A-Z][\w .’'-]{0,40}:[ ])?(?:(?:Yes|Yeah|Yep|Right|Correct|That[’']s[ ]right)[,.!]?[ ])?"
    rf"(?:(?:[Tt]he|[Oo]n)[ ])?(?P<day>\d{{1,2}})[ ](?P<month>{MONTH_NAME})\b(?![ ]\d)"
)
"""An answer opening on a day of a month ("The fourteenth of July." read as "14 July")."""


def _checked_day(doc: Doc, asked: str, answer: str) -> ReleaseFact | None:
    """The day an answer gives in the month a question put to be checked, or None."""
    checked = _CHECKED.search(asked) if " in " in asked else None
    told = _CONFIRMED_DAY.match(word_days(answer)) if checked is not None else None
    if checked is None or told is None or told["month"] != checked["month"] or not doc.date:
        return None
    month = month_number(told["month"])
    date = safe_date(latest_year(month, doc.date), month, int(told["day"]))
    if date is None or date > doc.date:
        return None
    done = checked["verb"] in {"finished", "wrapped"}
    kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
    return ReleaseFact(kind, answer, date=date)


def asked_months(doc: Doc) -> list[ReleaseFact]:
    """The shoot's start and end months answered straight after a question about the shoot."""
    if doc.date is None or "?" not in doc.text:
        return []
    found: list[ReleaseFact] = []
    for para, after in zip(doc.paras, doc.paras[1:], strict=False):
        asked = doc.text[para.start : para.end].rstrip()
        answer = doc.text[after.start : after.end]
        if asked.endswith("?") and (checked := _checked_day(doc, asked, answer)) is not None:
            found.append(checked)  # "We started in July, right?" / "The fourteenth of July."
            continue
        if not asked.endswith("?") or _ASKS_SHOOT.search(asked) is None:
            continue  # a paragraph ending otherwise is no question (the pattern ends on "?$")
        last = -1  # where the last "we" verb ended: "and finished" shares its subject
        for told in _TOLD.finditer(answer):
            if not told["we"] and (last < 0 or _END.search(answer, last, told.start())):
                continue  # "..., and wrapped in May" with no "We started ..." before it
            last = told.end()
            done = told["verb"] in {"finished", "wrapped"}
            kind = ReleaseKind.FILMING_WRAPPED if done else ReleaseKind.FILMING_STARTED
            month = month_number(told["month"] or told["nmonth"])
            year = latest_year(month, doc.date)  # the last one up to the date
            day = (
                word_day(told["day"])  # "We started in July, the ninth"
                if told["day"]
                else int(told["nday"])  # "We started on 14 July"
                if told["nday"]
                else None
            )
            date = None if day is None else safe_date(year, month, day)
            if date is not None and date > doc.date:
                continue  # "We started on 14 July", told on 10 July: no day of a look back
            if date is not None:  # "We started in July, the ninth": that day
                found.append(ReleaseFact(kind, answer, date=date))
            else:
                found.append(ReleaseFact(kind, answer, window=f"{year}-{month:02d}"))
    return found
