"""The article's own work when nothing names it as ours: a school newsletter headed "Zofia's
debut feature comes home" that then says "Marzanna opens in cinemas on 14 November". With no
title of its own known, a work the article names again and again is its subject, not another
work mentioned in passing; so is one its opening sentence names and the text names again (a
profile's lede "The editor spent a year cutting Marram for Netflix", then "Marram lands on
Netflix on 3 May"), whatever people's names the headline holds."""

from __future__ import annotations

from bot.extract.context import Context
from bot.extract.release_parts import WORK_RETURNS
from bot.extract.text import Doc

_MENTIONS = 3
"""How often the article names a work (this sentence among them) for it to be the subject."""


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
    sentence being read is."""
    return bool(doc.views) and name in doc.views[0].chunk
