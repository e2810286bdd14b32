"""Works a page glosses with their channel in brackets, for :func:`bot.extract.extract_facts`.

A nominations list or a schedule names works with where to see them: "Tin Lane (BBC Two); Low
Moor (Channel 4); Copper Bay (Sky)". Such a pair reads like a part and its actor, but its outer
name is a work, and so is that name in another bracket ("Ada Vell (Copper Bay) faces ...": a
nominee and her show). A bracket holding a channel's whole name makes its outer name a work; on
a page that glosses two works or more so, a bracket led by any broadcaster's word does too ("Sky
Kids", "RTÉ/Sky": "Sky" alone may be a person's name elsewhere). Only a bracket pair's casting
is dropped: "Ada Vell plays Mira" stands, whatever a bracket says of her elsewhere.
"""

from __future__ import annotations

from bot.extract.lexicon import BROADCASTER, CHANNEL_NAME
from bot.extract.names import NAME
from bot.extract.text import Doc
from bot.facts import CastFact
from bot.lazy_patterns import lazy_pattern

_GLOSSED = lazy_pattern(rf"(?P<work>{NAME})[ ]\((?P<where>[^()\n]{{1,40}})\)")
"""A name with a bracket after it: "Copper Bay (Sky)", "Tin Lane (BBC Two)"."""
_CHANNEL = lazy_pattern(CHANNEL_NAME)
_LED_BY_BROADCASTER = lazy_pattern(BROADCASTER)
_MIN_LISTED = 2
"""So many works glossed with a channel's whole name make the page a list of works."""


def channel_bracketed_dropped(cast: list[CastFact], doc: Doc) -> list[CastFact]:
    """``cast`` without the bracket pairs that take a work glossed with its channel for an
    actor or a part."""
    if not cast or "(" not in doc.text:
        return cast
    works = _glossed_works(doc.text)
    if not works:
        return cast
    return [fact for fact in cast if not _bracketed_work(fact, works)]


def _glossed_works(text: str) -> set[str]:
    """The names ``text`` glosses with a channel in brackets (see the module's docstring)."""
    sure: set[str] = set()
    led: set[str] = set()
    for match in _GLOSSED.finditer(text):
        where = match["where"].strip()
        if _CHANNEL.fullmatch(where):  # not a site: "Ada Vell (Instagram)" posts
            sure.add(match["work"])
        elif _LED_BY_BROADCASTER.match(where) is not None:
            led.add(match["work"])
    return sure | led if len(sure) >= _MIN_LISTED else sure


def _bracketed_work(fact: CastFact, works: set[str]) -> bool:
    """Whether the casting pairs a glossed work with a name in brackets, either way round."""
    return any(
        name in works and (f"({name})" in fact.evidence or f"{name} (" in fact.evidence)
        for name in (fact.actor, fact.character)
    )
