"""Words in the first person singular credited to a one-word organisation.

A company speaks as "we" in a statement or a caption; "I have no words left" is a person's. A
one-word name the organisation reading took for a company because it "confirmed" or "posted"
something (a fan forum's "Ada confirmed it on Instagram") may be a first name, so such words
are held for review rather than served as the company's.
"""

from __future__ import annotations

import re

from bot.extract.organisations import looks_like_company
from bot.facts import QuoteFact

_ONE_SPEAKS = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b")


def one_voice(fact: QuoteFact) -> bool:
    """``fact``, an organisation's, is credited to one word (no handle, acronym or company's
    form) and speaks as "I"; a handle ("@ada_fan") is a person's account, and speaks so."""
    name = fact.speaker
    if " " in name or name.startswith(("@", "u/")) or name.isupper() or looks_like_company(name):
        return False
    return _ONE_SPEAKS.search(fact.text) is not None
