"""A handle that is itself its sentence's subject speaks as that account.

"@VantoryUK kept it short: “...”" and "“...,” @VantoryUK posted" are the account's own words: the
handle stands at the sentence's start (or straight after the quotation) with a verb after it.
Only a handle that spells a company with a territory after it is read here. Named inside a
phrase ("The post from @VantoryUK said:", "The official @VantoryUK account wrote:") such a handle
still speaks for the company, and a handle spelling the company alone always does.
"""

from __future__ import annotations

import re

from bot.extract.text import Quote

_REACH = 200


def territory_subject(text: str, quote: Quote, handle: str, company: str) -> bool:
    """Whether ``handle``, ``company``'s with a territory after it, opens the sentence before
    ``quote`` or follows it, before a verb. A handle spelling the company alone is its voice."""
    if handle[1:].lower() == company.replace(" ", "").lower():
        return False
    start = max(quote.start - _REACH, 0)
    mark = re.escape(handle)
    opening = re.compile(rf"(?:^|\n|[.!?…][ ]+){mark}[ ]+[a-z]")
    if opening.search(text, start, quote.start):
        return True
    after = re.compile(rf"[“\"‘'”’]?[ ]*{mark}[ ]+[a-z]")
    return after.match(text, quote.end + 1, quote.end + _REACH) is not None
