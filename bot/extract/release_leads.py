"""The article's own work when nothing names it as ours: a school newsletter headed "Zofia's
debut feature comes home" that then says "Marzanna opens in cinemas on 14 November". With no
title of its own known, a work the article names again and again is its subject, not another
work mentioned in passing; so is one its opening sentence names and the text names again (a
profile's lede "The editor spent a year cutting Marram for Netflix", then "Marram lands on
Netflix on 3 May"), whatever people's names the headline holds."""

from __future__ import annotations

import re

from bot.extract.context import Context
from bot.extract.release_parts import WORK_RETURNS
from bot.extract.text import Doc
from bot.lazy_patterns import lazy_pattern

_MENTIONS = 3
"""How often the article names a work (this sentence among them) for it to be the subject."""
_REGARDED = lazy_pattern(
    r"\b(?:(?:best[ ])?known[ ](?:for|from)|famous[ ]for|made[ ](?:his|her|their|a)[ ]name|"
    r"broke[ ]out|rose[ ]to[ ]fame|(?:loved|liked|enjoyed|missed|adored)|fans?[ ]of|"
    r"(?:star|creator|writer|director|maker)s?[ ]of|(?:who|that)[ ](?:\w+[ ])?(?:wrote|starred|"
    r"directed|created|made|scored|produced|played|cut|shot)|after|since|like|before|than|"
    r"follow-up[ ]to|successor[ ]to)\b",
    re.IGNORECASE,
)
"""Words before a work in the opening sentence that tell it as one someone is known by or set
beside: "best known for", "made her name writing", "if you loved", "the creator of", "who
wrote", "after", "like" (a profile's or guide's earlier or compared work, not its subject)."""


def leads_the_article(doc: Doc, chunk: str, context: Context) -> bool:
    """The work the sentence dates is the one the article keeps naming, though neither a title
    of its own nor the headline names it."""
    if context.ours:
        return False
    match = WORK_RETURNS.match(chunk)
    if match is None or context.is_known(match["name"]):
        return False  # in the headline of a round-up: "back for its fourth series" judges it
    name = match["name"]
    count = doc.text.count(name)
    return count >= _MENTIONS or (count >= 2 and _opens_with(doc, name))


def _opens_with(doc: Doc, name: str) -> bool:
    """The article's opening sentence (its lede's first) names the work, not as the subject the
    sentence being read is, nor after words telling it as a work someone is known by or set
    beside ("Best known for Harrow Lane, Ada Vale ...")."""
    if not doc.views:
        return False
    opening = doc.views[0].chunk
    at = opening.find(name)
    return at >= 0 and _REGARDED.search(opening, 0, at) is None
