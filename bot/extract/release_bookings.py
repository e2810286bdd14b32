"""A time told of tickets or seats going on offer, not of the film: "seats will be allocated by
ballot, opening next Tuesday", "the screen sold out within an hour of booking opening in March",
"tickets go on sale on Friday", "pre-orders open in May".

The verb reads like a release ("opening", "launch"), but its subject is the booking, a ballot
or the tickets for a screening, so the time is the sale's. A release verb of the film after it
("tickets go on sale on Friday, and it opens on 9 May") still dates the film.
"""

from __future__ import annotations

import re

from bot.extract.release_words import RELEASE_VERB
from bot.lazy_patterns import lazy_pattern

_OFFER = lazy_pattern(
    r"\b(?:bookings?|ballots?|tickets?|ticketing|seats|pre-?orders?|pre-?bookings?|"
    r"registrations?|applications?|sign-?ups)"
    r"(?:[ ](?:window|page|site|portal|line|sales?))?,?[ ]"
    r"(?:(?:will|is|are|was|were|to|should|set[ ]to|due[ ]to)[ ](?:be[ ])?(?:now[ ])?)?"
    r"(?:open(?:s|ed|ing)?|reopen(?:s|ed|ing)?|go(?:es|ing)?[ ]on[ ]sale|went[ ]on[ ]sale|"
    r"go(?:es|ing)?[ ]live|went[ ]live|launch(?:es|ed|ing)?|clos(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)
"""A booking noun and its opening verb, with an optional comma between ("by ballot, opening")."""
_CHEAP = ("book", "ballot", "ticket", "seat", "order", "registr", "applic", "sign")
"""A cheap gate before the pattern runs: one of the booking nouns' stems."""


def offer_opens(before: str) -> bool:
    """The nearest release-like verb before the time opens a booking, ballot or ticket sale, with
    no release verb of the film after it."""
    if not any(word in before.lower() for word in _CHEAP):
        return False
    found = [m.end() for m in _OFFER.finditer(before)]
    return bool(found) and RELEASE_VERB.search(before, found[-1]) is None
