"""A time phrase in marks that no one is credited with: a report's window, no one's quote.

"Early reports had the film down for “late summer”" and "first slated for “the end of the
year”" put a window in marks with no one to say it; the words are a date, not a remark. Held
when the quote is credited to no one, its words are only a time phrase (a season, a month, a
year, "later this year") and no one says them in the sentence: "Skyreel has only said “winter
2026”" and "Skyreel says it will arrive “in spring”" are someone's words, whoever the extractor
found.
"""

from __future__ import annotations

import re

from bot.facts import QuoteFact, SourceKind

_WHEN = (
    r"(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|year|month|\d{4})"
)
_TIME = re.compile(
    r"(?:(?:by|in)[ ])?(?:the[ ]end[ ]of[ ])?(?:(?:early|late|mid)[ -]?)?(?:later[ ])?"
    rf"(?:(?:next|this|the)[ ])?{_WHEN}(?:[ ](?:{_WHEN}|next[ ]year|this[ ]year))?[.,]?",
    re.IGNORECASE,
)
"""A time phrase, each leading word at most once: "late spring 2027", "later this year", "by
the end of the year"."""

_SAID = re.compile(
    r"\b(?:said|says|say|told|tells|confirmed|confirms|announced|announces|stated|states|"
    r"promised|promises|wrote|writes|posted|posts|insisted|insists|committed|commits|added|"
    r"adds|listed|lists)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n][ ]+(?=[A-Z0-9])|\n")
_REACH = 160


def marked_time(text: str, opens: int, fact: QuoteFact) -> str | None:
    """Why ``fact``, its words opening at ``opens``, is no one's quote: a bare time phrase no
    one says (see above)."""
    if fact.source is not SourceKind.UNATTRIBUTED or fact.attribution:
        return None
    if _TIME.fullmatch(fact.text.strip()) is None:
        return None
    start = max(opens - _REACH, 0)
    ends = list(_SENTENCE_END.finditer(text, start, opens))
    if _SAID.search(text, ends[-1].end() if ends else start, opens):
        return None  # "Skyreel has only said “winter 2026”"
    return "a time phrase in marks, said by no one"
