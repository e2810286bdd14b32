"""A quoted claim of a time the same sentence calls fake, for :mod:`bot.extract.release_unreal`.

"Please stop sharing the “streaming from March” poster, it's a fake.", "Stop posting the “out
in cinemas in March” screenshot - it is fake.", "The “premieres in March” listing is a hoax.":
the time is inside the quoted claim and the writer denies it, so it is no window and no date.
The claim may stand in curly or straight quotes ("the "out in May" still is a hoax").
A quoted time the sentence does not call fake ("it will arrive “in March”") stays.
"""

from __future__ import annotations

import calendar

from bot.extract.lexicon import AUDIENCE
from bot.lazy_patterns import lazy_pattern

IS_FAKE = (
    r"(?:(?:[ ]is|[ ]was|’s|'s)[ ](?:(?:completely|totally|entirely|simply|just|also|obviously)"
    r"[ ])?(?:fake|false|a[ ]fake|a[ ]hoax|fabricated|doctored|photoshopped|made[ ]up|not[ ]real|"
    r"not[ ]genuine|not[ ]true|untrue)\b|[ ](?:isn|wasn)[’']t[ ](?:true|real|genuine)\b)"
)
"""Is (or was) fake, in its words: "is completely fake", "was a hoax", "’s not true", "isn’t
true"."""
_QUOTED_FAKE = lazy_pattern(
    r"[“\"](?P<claim>[^”\"]{1,60})[”\"](?:[ ][a-z]+){0,3}?"
    r"(?:,|[ ][-–—]|[ ]and)?(?:[ ](?:it|that|this|which))?" + IS_FAKE
)


def quoted_claim_called_fake(evidence: str, when: str) -> bool:
    """The sentence quotes a claim holding the time ``when`` ("2026-03", "2026-03-04",
    "2026-03/2026-05") and calls the claim fake, and tells that time nowhere else."""
    return _told_only_in(evidence, when, [m["claim"] for m in _QUOTED_FAKE.finditer(evidence)])


_POSTED = r"(?:wrote|posted|tweeted|asked|replied|commented|added)"
_A_FAN = (
    r"(?:[Oo]ne|[Aa]nother|[Aa])[ ](?:(?:angry|impatient|eager|excited|worried)[ ])?(?:"
    + "|".join(sorted({"fan", "user", "follower", *(word.lower() for word in AUDIENCE)}))
    + r")\b"
)
_POSTER = rf"(?:{_A_FAN}|@\w+)"
_FAN_POST = lazy_pattern(
    rf"[“\"](?P<claim>[^”\"]{{1,200}})[”\"],?[ ](?:{_POSTED}[ ]{_POSTER}|{_POSTER}[ ]{_POSTED})"
    rf"|{_POSTER}[ ]{_POSTED}(?:[ ]on[ ][A-Z]\w*)?[:,]?[ ][“\"](?P<post>[^”\"]{{1,200}})[”\"]"
)
"""A fan's post quoted, in any order: "“If filming began in May, it's a long wait,” wrote one
fan on X", "“...,” one fan wrote", "“...,” wrote @baywatcher", "One fan wrote: “...”"."""


def quoted_fan_post(evidence: str, when: str) -> bool:
    """The time ``when`` is told only inside a fan's quoted post: a fan's reckoning, no
    fact (the post may guess, ask or suppose: "If it started in May ...")."""
    return _told_only_in(
        evidence, when, [m["claim"] or m["post"] for m in _FAN_POST.finditer(evidence)]
    )


def _told_only_in(evidence: str, when: str, claims: list[str]) -> bool:
    """The month (or the year) of ``when`` is in one of ``claims`` and nowhere else in
    ``evidence``."""
    if not claims:
        return False
    words = [calendar.month_name[int(part[5:7])] for part in when.split("/") if part[5:7]]
    words = words or [when[:4]]
    return any(
        word in claim and evidence.count(word) == sum(c.count(word) for c in claims)
        for word in words
        for claim in claims
    )
