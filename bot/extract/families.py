"""A bare surname that two people in the article share ("Vale" of Ada Vale and her father Tom
Vale), for :mod:`bot.extract.speakers`: it is the person the article profiles, when that is
one of them (a profile calls its subject by surname, a relative by full name), else no one.

The profiled person is the one the headline names, else the one whose full name opens the
standfirst above the headline ("Ada Vale spent ten years trying to ..."): never simply whichever
of them the extractor happened to meet first.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.extract.lexicon import STOP_TOKENS
from bot.extract.names import FULL_NAME
from bot.extract.people import clean_name
from bot.extract.subjects import ROLES_BEFORE
from bot.lazy_patterns import lazy_pattern

if TYPE_CHECKING:
    from bot.extract.speakers import Speaker
    from bot.extract.text import Doc

_FAMILY = 2
_FULL = lazy_pattern(FULL_NAME)
_NOT_GIVEN = lazy_pattern(r"\w+(?:ing|ed|ly)$")
"""A first word no given name takes ("Joining Wróbel", "Asked Vale"): not a full name."""
_OPENER = lazy_pattern(
    rf"[ ]*{ROLES_BEFORE}(?P<name>{FULL_NAME})[ ](?:has[ ]|had[ ]|is[ ]|was[ ])?[a-z]"
)
"""A standfirst that opens on a person doing something ("Ada Vale spent ...", "Ada Vale has
waited ...", "Glass Orchard director Ada Vale wants ...")."""


@lru_cache(maxsize=4)
def _by_surname(masked: str) -> dict[str, frozenset[str]]:
    owners: dict[str, set[str]] = {}
    for match in _FULL.finditer(masked):
        name = clean_name(match.group())
        words = name.split()
        if len(words) > 1 and words[0] not in STOP_TOKENS and not _NOT_GIVEN.match(words[0]):
            owners.setdefault(words[-1], set()).add(name)
    return {
        surname: frozenset(n for n in names if not any(n.endswith(" " + o) for o in names))
        for surname, names in owners.items()
    }  # a headline's run ("Lead Ada Vale") is the name it ends in


def one_of_family(
    mention: str, resolved: str | None, doc: Doc, lead: Callable[[], Speaker | None]
) -> str | None:
    """Who the bare surname ``mention`` is when the article writes it in two full names (see
    above); ``resolved`` otherwise."""
    if " " in mention:
        return resolved
    owners = _by_surname(doc.masked).get(mention, frozenset())
    if len(owners) < _FAMILY:
        return resolved
    profiled = lead()
    if profiled is not None:
        return profiled.name if profiled.name in owners else None
    opener = _standfirst_opener(doc)
    return opener if opener in owners else None


def _standfirst_opener(doc: Doc) -> str | None:
    """The full name the standfirst (the paragraph above the headline) opens on, if any."""
    if not doc.title_para:
        return None
    first = doc.paras[0]
    found = _OPENER.match(doc.text, first.start, first.end)
    return clean_name(found["name"]) if found else None
