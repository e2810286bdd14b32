""" "The user" after a post by a handle is that handle.

"On X, @reelfan_22 posted a photo of the cast. “They look so young,” the user wrote.": the
words belong to the one handle the paragraph has just named, not to an unnamed user. Two
handles named before leave the words where they were. So too "the account posted" that the
speaker search gave to the company named last, when the handle is the company's own
("@tidewellstudios" for Tidewell Studios) or posts as the subject of its sentence ("Fan account
@lowwaterdaily, which has 90,000 followers, shared a snap"); a handle the company answers
("Tidewell Studios answered @reelfan_22") is not the account that speaks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.text import Quote
from bot.facts import QuoteFact, SourceKind
from bot.lazy_patterns import lazy_pattern

_BACK_TO = lazy_pattern(r"^the[ ](?:user|poster|account(?:[ ]holder)?)\b")
"""An attribution that points back at an account: "the user wrote", "the account then posted"."""
_HANDLE = lazy_pattern(r"(?<![\w@])@[A-Za-z0-9_]{2,30}\b")
_ACTS_AFTER = lazy_pattern(
    r"(?:,[ ][^.!?“”\"\n]{1,80}?,)?[ ](?:[a-z]+ly[ ])?"
    r"(?!(?:asked|asks|wondered|wonders|begged|begs|pleaded|pleads|demanded|demands|"
    r"questioned|questions)\b)(?:[a-z]+(?:ed|s)|has|had|is|was|broke|wrote|kept|took|made|put)\b"
)
"""A handle as its clause's subject, acting, perhaps after an aside: "@x, which has 90,000
followers, shared", "@x broke the trailer down"; not one asking the company ("When @x asked
about a date, Tidewell replied")."""
_OPENS_OR_SIGNS = lazy_pattern(
    r"(?:^|\n|[.!?:][ ]+|\b(?:wrote|writes|posted|posts|tweeted|tweets|said|says|added)[ ])$"
)
"""A handle opening its sentence, or signing words just quoted ("“...,” wrote @x")."""
_REACH = 300


def referred_handle(text: str, quote: Quote, fact: QuoteFact) -> QuoteFact | None:
    """``fact`` credited to the one handle named before it in its paragraph, if "the user"."""
    unnamed = fact.source is SourceKind.UNNAMED and _BACK_TO.fullmatch(fact.speaker.lower())
    if not unnamed and not _company_account(fact):
        return None
    start = max(text.rfind("\n", 0, quote.start) + 1, quote.start - _REACH)
    handles = {match.group(): match for match in _HANDLE.finditer(text, start, quote.start)}
    if len(handles) != 1:
        return None
    handle, match = handles.popitem()
    if not unnamed and not (
        _own_handle(handle, fact.speaker)
        or _ACTS_AFTER.match(text, match.end())
        or _OPENS_OR_SIGNS.search(text, max(match.start() - 12, 0), match.start())
    ):
        return None  # the handle the company answers, not its own account
    return replace(fact, speaker=handle, source=SourceKind.ORGANISATION)


def _company_account(fact: QuoteFact) -> bool:
    """Whether "the account" speaks in an attribution that found a company for it ("“...” the
    account posted", given to the company named last)."""
    return (
        fact.source is SourceKind.ORGANISATION
        and not fact.speaker.startswith("@")
        and _BACK_TO.match(fact.attribution.lower()) is not None
    )


def _own_handle(handle: str, company: str) -> bool:
    """Whether ``handle`` spells a word of ``company``'s name ("@tidewellstudios", Tidewell)."""
    words = [word for word in re.findall(r"[a-z0-9]+", company.lower()) if len(word) > 2]
    return any(word in handle.lower() for word in words)
