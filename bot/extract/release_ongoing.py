"""A shoot told as going on: "Filming, which began in June, continues in Leeds this month
before wrapping in September". A month after "continues" is neither when the shoot began (that
verb is the earlier clause's) nor a wrap that has happened (the end is still to come).
"""

from __future__ import annotations

from bot.extract.release_words import DEED_TO_COME, STARTED, WRAPPED
from bot.lazy_patterns import lazy_pattern

_ONGOING = lazy_pattern(
    r"\b(?:continues|continue|is[ ]continuing|are[ ]continuing|carries[ ]on|goes[ ]on|"
    r"runs[ ]on|rolls[ ]on|resumes)\b"
)


def goes_on(before: str) -> bool:
    """The words before a month tell the shoot going on after any start or wrap they name."""
    if "continu" not in before and " on" not in before and "resumes" not in before:
        return False
    ongoing = [m.start() for m in _ONGOING.finditer(before)]
    if not ongoing:
        return False
    states = [m.start() for m in STARTED.finditer(before)]
    states += [m.start() for m in WRAPPED.finditer(before)]
    return not states or ongoing[-1] > max(states)


_FRONTED = lazy_pattern(r",[ ](?:and|but|while|so)[ ](?:then[ ])?(?:(?:on|by)[ ])?$")


def opens_a_clause(chunk: str, start: int) -> bool:
    """The day at ``start`` opens a new clause after ", and" or ", so": "The film wrapped in May,
    and on Monday the studio revealed its title": the verbs before the comma are not the day's."""
    return ", " in chunk and _FRONTED.search(chunk, max(start - 14, 0), start) is not None


def last_day_to_come(chunk: str, before: str) -> bool:
    """The wrap verb nearest the time is a shoot's last day, as the time of a deed the sentence
    tells still to come (:data:`DEED_TO_COME`)."""
    ends = list(WRAPPED.finditer(before))
    return bool(ends) and " day " in ends[-1][0] and DEED_TO_COME.search(chunk) is not None
