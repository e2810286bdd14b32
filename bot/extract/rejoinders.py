"""A back-and-forth: after "“That's not so,” X protests.", a paragraph that is only a quotation
may be X going on or the one X answered answering back. Nothing tells which, so it is no one's.
Nor is a reply the first speaker's: "X asked “...?”, to which Y replied: “...”" is Y's."""

from __future__ import annotations

import re

from bot.extract.people import clean_name
from bot.extract.speakers import Resolver, Speaker
from bot.extract.text import Doc, Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_ANSWERS_BACK = lazy_pattern(
    r"\b(?:protests|protested|objects|objected|counters|countered|retorts|retorted|replies|"
    r"replied|snaps|snapped|shoots[ ]back|shot[ ]back|fires[ ]back|fired[ ]back|interjects|"
    r"interjected|cuts[ ]in|cut[ ]in|pushes[ ]back|pushed[ ]back|scoffs|scoffed)\b"
)
_REPLY_CLAUSE = lazy_pattern(
    r"\b(?:to[ ]which|in[ ](?:reply|response|answer)(?:[ ]to[ ]which)?(?![ ]to\b)|"
    r"and[ ]got[ ]back)\b"
    r"(?P<rest>[^“”\"‘’]*)$",
    re.I,
)
"""Words between two quotations that hand the second to whoever answered the first ("in reply to
a fan" tells what the first answered, and hands nothing on)."""
_REPLIER = lazy_pattern(
    r"^[ ,]*(?P<who>[^,:;]+?)[ ]+(?:replied|replies|responded|responds|answered|answers|"
    r"retorted|retorts|shot[ ]back|fired[ ]back|wrote[ ]back|hit[ ]back|quipped)"
    r"(?:[ ]with)?[ ]*[:,]?[ ]*$"
)
_NO_ONE = Speaker("", SourceKind.UNATTRIBUTED, "")


def rejoinder(previous: Quote, fact: QuoteFact, quote: Quote) -> bool:
    """``quote``, opening the paragraph after ``previous`` with no attribution, follows a reply
    ("“No,” X protests."): whose it is the text does not say."""
    return quote.para == previous.para + 1 and _ANSWERS_BACK.search(fact.attribution) is not None


def replier(doc: Doc, resolver: Resolver, previous: Quote | None, quote: Quote) -> Speaker | None:
    """The one who answered the quotation just before in the same sentence ("“...?”, to which
    Y replied: “...”"); no one when the answer's author goes unnamed ("to which the top reply
    was a patient “...”"). None when no reply stands between the two."""
    if previous is None or previous.para != quote.para or previous.end >= quote.start:
        return None
    clause = _REPLY_CLAUSE.search(doc.masked, previous.end, quote.start - 1)
    if clause is None:
        return None
    named = _REPLIER.match(clause["rest"])
    if named is None:
        return _NO_ONE
    before = resolver.people.resolve(clean_name(named["who"]), first_name=True)
    known = before is not None and resolver.people.knows(before)
    found = resolver.who(named["who"], quote.start, clause.group().strip(" ,:"))
    if found is None or found.source is SourceKind.UNATTRIBUTED:
        return _NO_ONE
    # a person only when the article named them before: "Lumen UK & Ireland" is no one's name
    return found if known or found.source is not SourceKind.PERSON else _NO_ONE
