"""A part another actor takes over, its holder told leaving elsewhere, for :mod:`bot.extract`.

A tabloid tells a recast in pieces: the leaving in one sentence ("Ada Vell has quit the show"),
the successor in another ("Rin Soto has been drafted in to take over as Nell"), and the leaver
in the part in a caption ("Pictured: Vell as Nell in series one") (invented examples). That
caption's casting is no current one: when the part's one other current actor is the one who
takes it over, and the article tells the leaver leaving, the leaver's casting is former.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.extract.cues import occurrences
from bot.extract.text import Doc
from bot.facts import CastFact, CastStatus
from bot.lazy_patterns import lazy_pattern

_TAKES_OVER = lazy_pattern(
    r"[^.;:!?“”\"]{0,60}?\b(?:take|takes|took|taken|taking)[ ]over[ ]"
    r"(?:as|the[ ](?:role|part)[ ]of)[ ]"
)
"""After the successor's name in its casting's sentence: "... has been drafted in to take over
as", "... takes over the role of"."""
_LEFT = lazy_pattern(
    r"[ ](?:(?:has|had)[ ](?:[a-z]+ly[ ])?(?:quit|left|exited|departed|stepped[ ](?:down|away))"
    r"|quits|exits|walks[ ]out|walked[ ]out)\b"
)
"""Right after the leaver's name: "has quit", "has sensationally quit", "walks out"."""
_HOLDERS = 2
"""The leaver and the one successor: with more, whose part was taken over cannot be told."""


def taken_over_former(doc: Doc, cast: list[CastFact]) -> list[CastFact]:
    """``cast`` with each current casting former whose part's one other actor takes it over,
    when the article tells that casting's actor leaving."""
    if " over " not in doc.text:
        return cast
    return [replace(f, status=CastStatus.FORMER) if _taken_over(doc, f, cast) else f for f in cast]


def _taken_over(doc: Doc, fact: CastFact, cast: list[CastFact]) -> bool:
    if fact.status is not CastStatus.CURRENT:
        return False
    holders = [f for f in cast if f.character == fact.character and f.status is CastStatus.CURRENT]
    if len({f.actor for f in holders}) != _HOLDERS:
        return False
    successor = next(f for f in holders if f.actor != fact.actor)
    return _takes_over(successor) and _told_leaving(doc.text, fact.actor)


def _takes_over(fact: CastFact) -> bool:
    """The casting's own sentence has its actor take the part over."""
    return _named_then(_TAKES_OVER, fact.evidence, fact.actor)


def _told_leaving(text: str, actor: str) -> bool:
    """The article tells ``actor`` (or their surname) leaving, right after the name."""
    return _named_then(_LEFT, text, actor)


def _named_then(words: re.Pattern[str], text: str, actor: str) -> bool:
    """Whether ``words`` follow a mention of ``actor`` in ``text`` right after the name."""
    return any(
        words.match(text, at + len(name))
        for name in _mentions(actor)
        for at in occurrences(name, text)
    )


def _mentions(actor: str) -> tuple[str, ...]:
    """How the article names an actor: in full, or by the surname alone."""
    surname = actor.rsplit(" ", 1)[-1]
    return (actor,) if surname == actor else (actor, surname)
