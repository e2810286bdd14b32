"""A crew profile's career line that credits another work's maker, for
:mod:`bot.extract.crewelsewhere`.

A composer's or cinematographer's profile runs through the subject's earlier and next jobs,
each set as a work by its channel's possessive or its kind ("She has since scored Sky’s The
Tin Lid, directed by Ada Vale", "her breakthrough was the 2019 feature Marram, directed by Tom
Reed", "she lit Sky’s Copper Sound, working under director Ada Vale", "prepping the feature
Salt Year for director Tom Reed"; invented examples). Whom the credit names made that work,
not ours: such a sentence credits nothing of the article's production.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.extract.lexicon import GENRE_NOUNS
from bot.extract.page_entries import CHANNEL
from bot.extract.text import Doc

_CREDIT_AFTER = re.compile(
    rf"(?:\b{CHANNEL}(?:[ ][A-Z0-9][\w+]*){{0,2}}[’']s[ ]"
    rf"|\b(?:the|a|an)[ ](?:(?:\d{{4}}|[a-z-]+)[ ]){{0,2}}(?:{GENRE_NOUNS}|feature)[ ])"
    r"(?P<title>(?:The[ ])?[A-Z][\w’'-]*(?:[ ](?:of[ ]|the[ ])?[A-Z][\w’'-]*){0,3})"
    r"(?:[ ]\(\d{4}\))?"
    r"(?:,[ ](?:(?:directed|written|created|produced)[ ]by|working[ ](?:under|with|for))[ ]"
    r"|[ ]for[ ](?:the[ ])?(?:director|writer|creator|showrunner)[ ])"
)
"""A work set by its channel or kind, then its maker: "Sky’s The Tin Lid, directed by ", "the
2019 feature Marram, directed by ", "the feature Salt Year for director "."""


def career_credits(doc: Doc, names_ours: Callable[[str], bool]) -> set[int]:
    """Start offsets of the sentences that credit another work's maker (see above)."""
    if " by " not in doc.text and " for " not in doc.text and " under " not in doc.text:
        return set()
    return {
        view.span.start
        for view in doc.views
        if any(not names_ours(m["title"]) for m in _CREDIT_AFTER.finditer(view.chunk))
    }
