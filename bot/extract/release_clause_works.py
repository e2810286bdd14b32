"""A day carried by a clause hung on another work's name: its day, never ours.

Charts, box-office reports and festival write-ups date the other works they name in passing:
"The audience award went to Tin Lid, Jo Penn's drama about choirboys, which opens in cinemas on
22 May", "Over on ITVX, Marrow Field series two, which premiered on 20 September, slipped to
third", "next weekend sees the UK release of Cannes winner Tin Lid on 13 February". The name
the clause hangs on says whose day it is; when that name is not ours and ours is not named in the
sentence, the sentence dates nothing of ours.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.context import Context
from bot.extract.cues import hint
from bot.extract.lexicon import MONTH_NAME, WEEKDAY_NAME
from bot.extract.release_subjects import names_ours
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_NAME = (
    r"(?<![\w’'-])(?P<name>(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*:[ ])?"
    r"(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of|the|and|[A-Z0-9][\w’'-]*))*"
    r"(?:[ ](?:series|season)[ ][\w-]+)?)"
)
"""A work's name: capitalised words, small words between them, a season after it; its
franchise's name before a colon ("Lanterns: The Long Night"); not a name credited "by"."""
_WHICH_RELEASED = lazy_pattern(
    rf"{_NAME}(?:,[ ](?:a|an|the|starring|featuring|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[’']s)"
    r"[ ][^,;.\n]{1,100})?"
    r",[ ]which[ ](?:[\w-]+[ ]){0,6}?(?:opens|opened|"
    r"premiered|premieres|launched|launches|lands|landed|arrives|arrived|streams|streamed|"
    r"debuted|debuts|dropped|drops|hits|hit[ ](?:cinemas|screens)|(?:is|was)[ ]released|"
    r"is[ ]due[ ](?:in|on|out)[ ])\b"
)
"""The name, an apposition about it ("a drama about ...", "Jo Penn's drama ...", "starring Ada
Vale as a nun"), then a "which" clause of its release ("which is due in cinemas in June")."""
_APPOSED_SUBJECT = lazy_pattern(
    rf"[ “\"]*{_NAME},[ ](?:a|an|the|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?[’']s)[ ][^,;.\n]{{1,100}},"
    r"[ ](?:[\w-]+[ ]){0,6}?(?:opens|premieres|launches|lands|arrives|streams|debuts|"
    r"(?:is|are)[ ](?:out|released)|hits[ ](?:cinemas|screens))\b"
)
"""A sentence that opens on the name and an apposition about it, with no "which": "Tin Lid,
the Jo Penn documentary about choirboys, screened to cheers and is out in cinemas on 22 May"."""
_IN_WHICH_RELEASED = lazy_pattern(
    rf"{_NAME},[ ](?:in|on)[ ]which[ ][^,;.\n]{{1,100}},[ ](?:[\w-]+[ ]){{0,2}}?(?:opened|"
    r"premiered|launched|landed|arrived|streamed|debuted|dropped|hit|(?:was|were)[ ]released)\b"
)
"""The name, a clause of what someone did in it ("in which Ada Vale played the stand-in"), then
its own verb of release: "after Tin Lid, in which she played a nun, hit cinemas on 2 May"."""
_REDUCED_RELEASED = lazy_pattern(
    rf"{_NAME},[ ](?:released|premiering|opening|arriving|landing)[ ]"
    r"(?:[\w-]+[ ]){0,3}?(?:on|from)[ ][^.;,]{0,14}\d"
)
"""The name, then a clause of its release with no "which": "makes his debut with Harrowby,
released in cinemas on 4 May"; not a work a profile's subject is "In" ("In Harrowby, released on
4 May, he plays ..." is the article's own work, told through its star)."""
_FRAMED = lazy_pattern(r"(?:\b[Ii]n|[A-Z][\w’'-]*)[ ]$")
"""What stands before such a name when it is no other work's: "In", or a capitalised word (the
name's own start, which the clause's match left out)."""
_RELEASE_OF = lazy_pattern(
    rf"\b(?:release|arrival|opening|launch|debut)[ ]of[ ](?:[\w’'-]+[ ]){{0,3}}?{_NAME}"
    r"[ ](?:[\w’'-]+[ ]){0,4}?(?:on|from)[ ][^.;,]{0,14}\d"
)
"""The release of a named work, and its day straight after it."""
_HINT = hint(
    "which",
    ", released ",
    ", premiering ",
    ", opening ",
    ", arriving ",
    ", landing ",
    "release of",
    "arrival of",
    "opening of",
    "launch of",
    "debut of",
)
_NOT_WORKS = frozenset({"It", "This", "That", "These", "Those", "They", "Which", "The", "A"})
"""Words a clause may hang on that name no work."""
_TIME_WORD = lazy_pattern(rf"(?:{MONTH_NAME}|{WEEKDAY_NAME})\b")
"""A date or a day, not a work ("March 2026, which ...")."""
_CREDITED = lazy_pattern(r"\bby[ ](?:[A-Z][\w’'-]*[ ])*$")
"""A person credited before the clause ("written by Jo Penn, which opens ..."): the clause is
the work's, named before the credit."""
_NAME_PAIR = lazy_pattern(
    r"(?<![\w’-])(?<!\w')(?=(?!(?:The|A|An)[ ])([A-Z][\w’'-]+[ ][A-Z][\w’'-]+))"
)
"""Two capitalised words side by side: a name the headline gives, in straight quotes or not
("'Hollow Pike' holds on"), but no word after an apostrophe ("O'Dare Street")."""


@lru_cache(maxsize=4)
def _headline_named_below(headline: str, text: str) -> bool:
    """The headline names something ("Tin Lid hooks £2m") that the article names again (once
    per article, however many sentences ask)."""
    return any(text.count(pair) > 1 for pair in _NAME_PAIR.findall(headline))


def dated_in_others_clause(doc: Doc, chunk: str, lower: str, context: Context) -> bool:
    """The sentence dates another named work in a clause of its own ("X, ..., which opens on
    22 May"; "X, released on 4 May"; "the release of X on 13 February") and does not name
    ours. The work is another only when named in passing: once, or twice beside a work known as
    ours; a name the article keeps using (a review's own film under a person's headline) may be
    ours; and only when the article has a work of its own (known as ours, or named in the
    headline and again below)."""
    opening = _APPOSED_SUBJECT.match(chunk)  # only the sentence's opening can hold this shape
    if not (opening or _HINT.search(lower)) or not (
        context.ours or _headline_named_below(doc.headline, doc.text)
    ):
        return False
    if opening is not None and _names_another(doc.text, chunk, opening, context, reduced=False):
        return not names_ours(chunk, context, strict=True)
    for pattern in (_WHICH_RELEASED, _IN_WHICH_RELEASED, _REDUCED_RELEASED, _RELEASE_OF):
        reduced = pattern is _REDUCED_RELEASED
        for match in pattern.finditer(chunk):
            if _names_another(doc.text, chunk, match, context, reduced=reduced):
                return not names_ours(chunk, context, strict=True)
    return False


def _names_another(
    text: str, chunk: str, match: re.Match[str], context: Context, *, reduced: bool
) -> bool:
    """Whether ``match``'s name is another work, named in passing: not a stock word, a
    possessive, a time, a credited or known name, nor (for a ``reduced`` clause) one framed or
    opening "In"; and used no more than once (twice beside a work known as ours)."""
    name = match["name"]
    return not (
        name in _NOT_WORKS
        or name.endswith(("’s", "'s"))
        or _TIME_WORD.match(name)
        or _CREDITED.search(chunk, 0, match.start("name"))
        or context.is_known(name.replace(":", ""))
        or (reduced and (name.startswith("In ") or _FRAMED.search(chunk, 0, match.start("name"))))
        or text.count(name) > (2 if context.ours else 1)
    )
