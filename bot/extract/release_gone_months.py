"""A month with no year (or a season) after a release verb told in the past: a month gone, not
the release.

"All three series debuted in April or October", "The first film opened in cinemas in March",
written in the autumn: the verb says it already happened, so the month is history (earlier
seasons, other works), not the next such month. Read forward it would be a release still to
come, which the sentence does not say; it is left unread. So is a month after "since" and an
event ("holding out for this since the logo reveal in March"): the wait began then. And one told
as looking back ("had hinted at it back in February"), not a return ("comes back in March"), and
one opening a clause told in the past ("and in September he wrapped it")."""

from __future__ import annotations

import datetime as dt
import re

from bot.extract.release_words import PAST_RELEASE_BOUND
from bot.facts import ReleaseFact, ReleaseKind
from bot.lazy_patterns import lazy_pattern

_PAST_VERBS = "|".join(PAST_RELEASE_BOUND)
_PAST_RELEASE = lazy_pattern(
    r"\b(?:(?:first|originally|all|each|both)[ ])?(?:"
    rf"{_PAST_VERBS}|aired|bowed|streamed|(?:was|were)[ ](?:first[ ])?(?:released|broadcast|"
    r"shown)|came[ ]out|went[ ]out|(?:(?<=,[ ])|(?<=^)|(?<=^[“\"]))(?:first[ ]|originally[ ])?"
    r"[Rr]eleased)"
    r"(?:[ ](?:on|at|in|across)[ ](?:the[ ])?(?:[A-Z][\w+-]*(?:[ ][A-Z][\w+-]*)?"
    r"(?:[ ](?:cinemas|theatres|theaters))?|(?:[a-z]+[ ]){0,3}(?:cinemas|theatres|theaters))"
    r"|(?<=reached)[ ](?:[A-Z][\w&-]*[ ]){0,2}(?:cinemas|theatres|theaters))"
    r"{0,2}[ ]?$"
)
"""The release verb in the past, maybe with its platform or place ("debuted on Netflix", "opened
in UK cinemas", "opened in a handful of cinemas"); or its participle set off as an aside ("The
Welsh film, released in October, has ...", "Released in October, it ..."), which tells what
happened, not a date to come."""
_SINCE_EVENT = lazy_pattern(
    r"\bsince[ ](?:the|its|their|his|her|our|your)(?:[ ][\w’'-]+){1,3}[ ]?$"
)
"""A wait counted from an event ("holding out since the logo reveal in March"): a month gone."""
_LOOKED_BACK = lazy_pattern(
    r"(?<![ ]come)(?<![ ]comes)(?<![ ]coming)(?<![ ]be)(?<![ ]is)(?<![ ]are)(?<![ ]due)"
    r"(?<![ ]get)(?<![ ]gets)(?<![ ]pushed)(?<![ ]moved)(?<![ ]put)(?<![ ]set)(?<![ ]brought)"
    r"(?<![ ]bring)(?<![ ]brings)(?<![ ]head)(?<![ ]heads)(?<![ ]return)(?<![ ]returns)"
    r"[ ]back[ ]$"
)
"""A month looked back on ("said so back in February"), not a return or a move ("comes back in
March", "pushed back in January")."""
_DATE_GIVEN = lazy_pattern(
    r"\b(?:confirmed|announced|revealed|unveiled|set)[ ](?:the|its|their)[ ]"
    r"(?:[\w’'-]+[ ]){0,2}?date(?:,[ ][^,.;:!?]{1,30},)?[ ]$"
)
"""The date given out in the past, then when it was given ("Streamly announced the date, 9 May,
in March", "Tallow confirmed the premiere date in January"): the month of the news, gone."""

_SEASON_LEAD = lazy_pattern(
    r"[ ](?:in|over|during|through(?:out)?|across|(?:at[ ])?the[ ](?:end|start|beginning|middle)"
    r"[ ]of)[ ]$"
)
"""What leads to a season after its verb ("opened over the", "premiered at the end of the")."""

_PAST_CLAUSE = lazy_pattern(
    r",?[ ](?:he|she|they|we|I|[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)?)[ ](?:finally[ ]|quietly[ ])?"
    r"(?:wrapped|finished|completed|filmed|shot|started|began|released|premiered|announced|"
    r"confirmed|[a-z]{2,}ed)\b"
)
"""A clause the month opens, told in the past by its subject ("and in September he wrapped
X"): the month is that deed's, gone."""
_CLAUSE_OPEN = lazy_pattern(
    r"(?:^[ “\"‘']*|[,;:][ ]|\b(?:and|but|then|so)[ ])(?:(?:[Ii]n|[Bb]y|[Ll]ater[ ]in)[ ]"
    r"(?:early[ ]|late[ ]|mid-)?)?$"
)
"""What leads a month that opens its clause ("and in ", "In "), never a verb's ("arrives in "):
after "Saltfen arrives in September, Netflix confirmed" the month is the release's, to come."""


def month_gone(ref: dt.date | None, chunk: str, match: re.Match[str], fact: ReleaseFact) -> bool:
    """A release window read from a bare month or a season ("premiered in the spring") as still
    to come, after a release verb told in the past or after "since" and an event."""
    if fact.kind is not ReleaseKind.WINDOW or ref is None:
        return False
    if not (match["month"] and not match["my"]) and not match["season"]:
        return False  # a yearless month or a season ("premiered in the spring") only
    if (fact.window or "")[:7] <= f"{ref:%Y-%m}":
        return False
    before = chunk[: match.start()]
    if match["season"]:
        before = _SEASON_LEAD.sub(" ", before)  # "premiered over the summer": the verb's time
    if match["month"] and _LOOKED_BACK.search(before) is not None:
        return True  # "had hinted at it back in February", told in June: that February
    if (
        match["month"]
        and _CLAUSE_OPEN.search(before) is not None
        and _PAST_CLAUSE.match(chunk, match.end()) is not None
    ):
        return True  # "in September he wrapped X", told in October: that September
    if _DATE_GIVEN.search(before) is not None:
        return True  # "confirmed the release date, 9 May, in March": when the news came
    return _PAST_RELEASE.search(before) is not None or _SINCE_EVENT.search(before) is not None
