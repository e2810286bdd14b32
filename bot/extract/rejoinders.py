"""A back-and-forth: after "“That's not so,” X protests.", a paragraph that is only a quotation
may be X going on or the one X answered answering back. Nothing tells which, so it is no one's."""

from __future__ import annotations

import re

from bot.extract.text import Quote
from bot.facts import QuoteFact

_ANSWERS_BACK = re.compile(
    r"\b(?:protests|protested|objects|objected|counters|countered|retorts|retorted|replies|"
    r"replied|snaps|snapped|shoots[ ]back|shot[ ]back|fires[ ]back|fired[ ]back|interjects|"
    r"interjected|cuts[ ]in|cut[ ]in|pushes[ ]back|pushed[ ]back|scoffs|scoffed)\b"
)


def rejoinder(previous: Quote, fact: QuoteFact, quote: Quote) -> bool:
    """``quote``, opening the paragraph after ``previous`` with no attribution, follows a reply
    ("“No,” X protests."): whose it is the text does not say."""
    return quote.para == previous.para + 1 and _ANSWERS_BACK.search(fact.attribution) is not None
