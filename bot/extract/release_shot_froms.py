"""A past shoot told by its first day or month after "from": "The film was shot in Kent from 14
July", "It was shot last summer, from 14 July", "shot in London from last July", "They shot for
six weeks from 5 May 2025" (invented examples like these throughout).

"Shot ... from" gives the start only; a span with its end after "to" ("from May to July", "from
3 March to 22 May") is read with the spans, so it is left to them. "Until" or "into" ("from 14
July until September", "from July into September") still tells the start, the end left to the
rules that read it. A shoot still to come ("will be shot from May",
"is to be filmed from June") or a day after the article's is no start, and a shot as a noun
("the opening shot, from July") no verb. Nor is a work set in apposition before the verb that
is not ours ("Her last film, Gullcroft, was shot in Sligo from 3 May"), nor a video or an
advert ("The music video was shot from 3 May"): another thing's shoot
(:mod:`.release_shot_subjects`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bot.extract.context import Context
from bot.extract.dates import month_number, safe_date
from bot.extract.lexicon import MONTH_PATTERN
from bot.extract.release_parts import is_hedged
from bot.extract.release_shot_subjects import others_shot
from bot.extract.season_windows import last_named_year, latest_year
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_SHOT_FROM = lazy_pattern(
    r"\b(?:shot|filmed)\b(?P<mid>[^.;:!?“”\"()]{0,90}?)[ ]from[ ](?P<last>last[ ])?"
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[ ](?P<month>{MONTH_PATTERN})"
    rf"|(?P<month2>{MONTH_PATTERN})(?:[ ](?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?)"
    r"(?:,?[ ](?P<year>(?:19|20)\d\d)|[ ](?P<rel>last|this)[ ]year)?\b(?![ ]?\d)"
    rf"(?![ ]?(?:to|through)\b|[ ]?[-–—]|[’']s|[ ](?:and|or)[ ](?:\d|{MONTH_PATTERN}))"
)
"""The verb, up to 90 characters of its clause, "from" and a day or a month (and its year)."""
_TO_COME = lazy_pattern(
    r"\b(?:will|would|to|be|being|is|are|set|due|expected|planned|scheduled|hope[sd]?|plan[sd]?)"
    r"[ ](?:(?:now|still|also|all|be|being|mostly|largely)[ ])*$"
)
"""What makes the shoot still to come, right before its verb: "will be shot", "is to be filmed",
"is being shot", "are set to be filmed" (the plain past "was shot" passes)."""
_NOUN = lazy_pattern(
    r"\b(?i:a|an|the|this|that|one|each|every|first|last|final|opening|closing|single|wide|long|"
    r"tracking|drone|establishing|money|best|big|key|its|his|her|their)[ ]$"
)
"""A shot as a noun: "the opening shot, from July" is a frame, not a shoot."""
_BREAK = lazy_pattern(r",[ ](?:and|but)[ ]|\b(?:but|while|which|who|whom|when|where)[ ]")
"""A new clause inside the words between the verb and "from": the day may be another verb's
("shot in Hull, and the premiere is from 3 May"); "in London and Kent" joins places only."""
_HEARSAY = lazy_pattern(
    r"\b(?:reports?|reported(?:ly)?|rumou?r(?:s|ed)?|apparently|allegedly|supposedly|said[ ]to)\b"
)
"""The start told as what others report ("matches reports that it shot from July"): hedged."""


def shot_from(
    ref: dt.date | None, chunk: str, evidence: str, context: Context
) -> Iterator[ReleaseFact]:
    """The shoot's start, dated by the day or month after "shot ... from" (see above)."""
    if ref is None or " from " not in chunk or ("shot " not in chunk and "filmed " not in chunk):
        return
    for match in _SHOT_FROM.finditer(chunk):
        before = chunk[max(match.start() - 40, 0) : match.start()]
        if _TO_COME.search(before) or _NOUN.search(before) or _BREAK.search(match["mid"]):
            continue
        if others_shot(chunk[: match.start()], context):
            continue  # "Her last film, Gullcroft, was shot ...", "The video was shot ..."
        month = month_number(match["month"] or match["month2"])
        day_text = match["day"] or match["day2"]
        if match["year"]:
            year = int(match["year"])
        elif match["rel"]:
            year = ref.year - (match["rel"] == "last")
        elif match["last"]:
            year = last_named_year(month, ref)  # "from last July"
        else:
            year = latest_year(month, ref)
        if day_text is None:
            if (year, month) > (ref.year, ref.month):
                continue
            window = f"{year}-{month:02d}"
            yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, window=window,
                              hedged=_hedged(chunk[: match.start()]))  # fmt: skip
            continue
        day = safe_date(year, month, int(day_text))
        if day is None or day > ref:
            continue
        yield ReleaseFact(ReleaseKind.FILMING_STARTED, evidence, date=day,
                          hedged=_hedged(chunk[: match.start()]))  # fmt: skip


def _hedged(before: str) -> bool:
    """The words before the verb hedge the start or hand it to reports."""
    return is_hedged(before) or _HEARSAY.search(before) is not None
