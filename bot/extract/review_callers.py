"""Words a review is said to call someone's work: the review's, not the one it praises.

"Posters quote a notice calling his turn “the bravest debut of the spring”" and "the ads cite
one critic describing her as “luminous”" set the words in an unnamed review's mouth; the
person the words are about ("his", "her") is no one who said them. With no sayer named for
the words themselves, the quote is credited to no one rather than to the person praised; "Ada
Vale's review calling it “...”" names its writer, and a critic already credited (unnamed)
stays as it was.
"""

from __future__ import annotations

from bot.extract.first_person_askers import unattributed_if_led
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact
from bot.lazy_patterns import lazy_pattern

_REVIEW_CALLING = lazy_pattern(
    r"\b(?:an?|the|one|another)[ ](?:[a-z-]+[ ]){0,2}"
    r"(?:review|reviewer|critic|notice|write-up|verdict)[ ]"
    r"(?:(?:that|which|who)[ ])?(?:calling|called|calls|describing|described|describes)[ ]"
    r"(?:[\w’'-]+[ ]){0,4}[“\"‘']$"
)
"""An unnamed review and its calling verb, then up to four words (whom it calls so: "her
performance", "the film as") straight before the marks: "a review calling her turn “"."""
_REACH = 120
"""How far before the marks the review may stand, in characters."""


def unattributed_if_review_calls(doc: Doc, quote: Quote, fact: QuoteFact) -> QuoteFact:
    """``fact`` credited to no one when an unnamed review calls its words (see above) and no
    sayer is named for them."""
    return unattributed_if_led(doc, quote, fact, _REVIEW_CALLING, _REACH)
