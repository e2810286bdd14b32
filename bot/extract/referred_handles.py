""" "The user" after a post by a handle is that handle.

"On X, @reelfan_22 posted a photo of the cast. “They look so young,” the user wrote.": the
words belong to the one handle the paragraph has just named, not to an unnamed user. Two
handles named before leave the words where they were. So too "the account posted" that the
speaker search gave to the company named last.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind

_BACK_TO = {"the user", "the poster", "the account", "the account holder"}
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b")
_REACH = 300


def referred_handle(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact | None:
    """``fact`` credited to the one handle named before it in its paragraph, if "the user"."""
    if not _refers_back(fact):
        return None
    start = max(text.rfind("\n", 0, quote.start) + 1, quote.start - _REACH)
    handles = set(_HANDLE.findall(text, start, quote.start))
    if len(handles) != 1:
        return None
    return replace(fact, speaker=handles.pop(), source=SourceKind.ORGANISATION)


def _refers_back(fact: QuoteFact) -> bool:
    """Whether "the user" speaks: as an unnamed speaker, or as the words of an attribution that
    found someone else for it ("“...” the account posted", given to the company named last)."""
    if fact.source is SourceKind.UNNAMED and fact.speaker.lower() in _BACK_TO:
        return True
    if fact.source is not SourceKind.ORGANISATION or fact.speaker.startswith("@"):
        return False
    return " ".join(fact.attribution.lower().split()[:-1]) in _BACK_TO
