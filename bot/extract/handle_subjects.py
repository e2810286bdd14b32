"""A handle that is itself its sentence's subject speaks as that account.

"@VantoryUK kept it short: “...”" and "“...,” @VantoryUK posted" are the account's own words: the
handle stands at the sentence's start (or straight after the quotation) with a verb after it.
Only a handle that spells a company with a territory after it is read here. Named inside a
phrase ("The post from @VantoryUK said:", "The official @VantoryUK account wrote:") such a handle
still speaks for the company, and a handle spelling the company alone always does. An aside may
stand between the handle and its verb ("@VantoryUK, never one to stay quiet, replied").

The account an attribution names ("The official @saltmarsh account posted", "@saltmarsh
shared it") is the one that spoke: a company named elsewhere in the article is no better guess.
"""

from __future__ import annotations

from bot.extract.lexicon import SPEECH_VERBS
from bot.extract.text import Quote
from bot.lazy_patterns import lazy_pattern

_REACH = 200
_ASIDE = r"(?:,[ ][^,.!?“”\"\n]{1,60},)?"
"""An aside between a handle and its verb: ", never one to stay quiet,"."""
_HANDLE = r"(?P<handle>@[A-Za-z0-9_]+)\b"
_OPENING = lazy_pattern(rf"(?:^|\n|[.!?…][ ]+){_HANDLE}{_ASIDE}[ ]+[a-z]")
"""A handle opening a sentence, then its verb (perhaps after an aside)."""
_AFTER = lazy_pattern(rf"[“\"‘'”’]?[ ]*{_HANDLE}[ ]+[a-z]")
"""A handle straight after a quotation, then its verb."""
_ACCOUNT_NAMED = lazy_pattern(
    r"(?:^|\b[Tt]he[ ](?:official[ ])?)(?P<handle>@[A-Za-z0-9_]{2,30})\b"
    rf"(?:[ ](?:account|handle))?{_ASIDE}[ ]+(?:[a-z]+ly[ ])?{SPEECH_VERBS}\b"
)
"""An attribution whose account is its subject, speaking or posting: "The official @x account
posted", "@x shared"; not an account told of ("The @x account was tagged when Vantory posted",
"@x fans replied")."""


def territory_subject(text: str, quote: Quote, handle: str, company: str) -> bool:
    """Whether ``handle``, ``company``'s with a territory after it, opens the sentence before
    ``quote`` or follows it, before a verb. A handle spelling the company alone is its voice."""
    if handle[1:].lower() == company.replace(" ", "").lower():
        return False
    start = max(quote.start - _REACH, 0)
    if any(m["handle"] == handle for m in _OPENING.finditer(text, start, quote.start)):
        return True
    after = _AFTER.match(text, quote.end + 1, quote.end + _REACH)
    return after is not None and after["handle"] == handle


def attribution_account(attribution: str) -> str | None:
    """The one handle an attribution names as the account that posted, if it names one."""
    if "@" not in attribution:
        return None
    found = {m["handle"] for m in _ACCOUNT_NAMED.finditer(attribution)}
    return found.pop() if len(found) == 1 else None
