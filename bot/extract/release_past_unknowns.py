"""A "no date" told as a past state the sentence has left behind: "No release date had been
confirmed when the episode was recorded in February; the streamer has since named the day",
"the studio hadn't set a date at the time of the interview", "had until now carried no date"
(the date just given). The past perfect places the statement at an earlier time, and the
"when ..." or "at the time" clause (or "until now") names that time: it says what was unknown
then, not that the date is unknown now. Reported speech in the past
perfect ("a spokesperson said no date had been set") is still the makers' word, and stays."""

from __future__ import annotations

from bot.lazy_patterns import lazy_pattern

_PAST_PERFECT = lazy_pattern(r"\bhad(?:n['’]t|[ ]not)?[ ](?:yet[ ])?(?:not[ ])?(?:been[ ])?")
"""The statement's own verb in the past perfect: "had been confirmed", "hadn't set"."""
_THEN = lazy_pattern(
    r"\b(?:when[ ](?!asked\b)(?:we|I|they|he|she|it|the[ ][\w’'-]+|[A-Z][\w’'-]*)"
    r"(?:[ ][\w’'-]+){0,2}?[ ](?:was|were|went|spoke|recorded|met|talked|filed)\b"
    r"|at[ ]the[ ]time(?:[ ]of)?\b|back[ ]then\b|(?:has|have)[ ]since\b)"
)
"""The earlier time the statement held at, or the turn past it: "when the episode was
recorded", "when we spoke", "at the time of writing", "has since said"."""


_UNTIL_NOW = lazy_pattern(r"\bhad[ ](?:until|till|up[ ]to)[ ]now[ ](?:\w+[ ]){0,3}$")
"""A past perfect that ends now, just before the statement: "had until now carried no date",
"had up to now had no release date": the date has just been given."""


def known_since(chunk: str, start: int, end: int) -> bool:
    """The "no date" statement from ``start`` to ``end`` is told in the past perfect of a time
    the sentence names as gone (see above), or of a state lasting "until now"."""
    if "now" in chunk[max(start - 40, 0) : start] and _UNTIL_NOW.search(
        chunk, max(start - 40, 0), start
    ):
        return True
    if "had" not in chunk[start : end + 20]:
        return False
    perfect = _PAST_PERFECT.search(chunk, start, end + 20)
    return perfect is not None and _THEN.search(chunk, perfect.end()) is not None
