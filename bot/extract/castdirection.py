"""Which side of a dashed list under a "CAST" header is the part, for :mod:`bot.extract.castorder`.

A "CAST" header says the list holds actors, not which side of the dash they stand on: press
releases write "Mira Holt – Ada Vale" (part first) as often as fan posts write "Ada Vale – Mira
Holt". The article's own words about the names settle it:

* a name is a PART when the story is said to follow it ("follows Mira Holt and Tom Reed"), it
  is called a character ("the character Mira Holt"), the story is its ("Mira Holt's story"),
  or a casting glosses another part by it ("as Mira's flatmate Tom Reed"); its first name
  alone counts too ("the story of Mira and Tom"), since journalism calls a character by first
  name and a real person by surname;
* a name is a PERSON when a crew credit line lists it ("Executive Producers: ..., Ada Vale") or
  it speaks ("said Ada Vale", "Ada Vale said").

The list takes the order its evidence gives only when all of it agrees; none, or evidence both
ways, holds the whole list.
"""

from __future__ import annotations

import re

from bot.extract.castforms import Casting
from bot.extract.cues import hint
from bot.extract.lexicon import RELATION
from bot.lazy_patterns import lazy_pattern

_PART_BEFORE = lazy_pattern(
    r"\b(?:follows|following|centres[ ]on|centers[ ]on|the[ ]story[ ]of|characters?|"
    r"character[ ]of)[ ](?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*(?:,[ ]|[ ]and[ ]|[ ]&[ ]))?"
    r"(?:[A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*(?:,[ ]|[ ]and[ ]|[ ]&[ ]))?$"
)
"""Words before a name that make it the story's subject: "follows Mira Holt and Tom Reed"."""
_PART_AFTER = lazy_pattern(r"[’']s[ ](?:story|journey|arc|storyline)\b")
"""Words after a name that make the story its own: "Mira Holt's story"."""
_CAST_AS = lazy_pattern(r"\b(?:as|plays|playing)[ ]$")
_KIN_AFTER = lazy_pattern(rf"[’']s[ ](?:[a-z]+[ ])?{RELATION}\b")
"""Another part's gloss made of this name ("... as Mira's flatmate Tom Reed"): only a part
has a part defined by it. Kin or a companion only (not "as Mira's new car")."""
_SAYS = r"(?:said|says|told|added|explained)"
_SPEECH = lazy_pattern(rf"\b{_SAYS}[ ]$")
_SPEECH_AFTER = lazy_pattern(rf"[ ]{_SAYS}\b")
_CREW_LINE = lazy_pattern(
    r"(?im)^[ *•-]*(?:executive[ ]|co-|associate[ ]|line[ ])?(?:producers?|directors?|writers?|"
    r"screenplay|editors?|music|composer|casting|director[ ]of[ ]photography|cinematographer|"
    r"production[ ]designer|costume[ ]designer|created[ ]by|creators?)[ ]*:[ ]*(.+)$"
)
"""A crew credit line ("Executive Producers: ..."): the names after the colon are people."""


def weighed(
    orders: dict[int, bool | None], settled: set[bool], kept: list[Casting], dashed: bool, text: str
) -> tuple[dict[int, bool | None], set[bool]]:
    """A listed-actors list's orders and the one order settling the rest. A bracketed list keeps
    the header's word (actor outside) when nothing else settles it; a dashed list takes the
    order all the evidence (the pairs' own and :func:`list_direction`'s) agrees on, and is held
    whole when there is none or it disagrees."""
    if not dashed:
        return orders, settled or {True}
    found = settled | list_direction([kept[i] for i in orders], text)
    if len(found) == 1:
        return orders, found
    return dict.fromkeys(orders), set()


def list_direction(items: list[Casting], text: str) -> set[bool]:
    """The orders (True: the outer, left-hand name acts) the evidence about a dashed list's
    names gives: none, one, or both (which holds the list)."""
    crew = _crew_names(text)
    found: set[bool] = set()
    for item in items:
        inner = item.character if item.outer == item.actor else item.actor
        for name, outer_side in ((item.outer, True), (inner, False)):
            if name in crew or _speaks(name, text):
                found.add(outer_side)
            if is_part(name, text):
                found.add(not outer_side)
    return found


def _crew_names(text: str) -> set[str]:
    if ":" not in text:
        return set()
    return {
        name.strip()
        for line in _CREW_LINE.finditer(text)
        for name in re.split(r",|[ ]and[ ]|[ ]&[ ]", line[1])
    }


def _speaks(name: str, text: str) -> bool:
    for at in hint(name).positions(text):
        if _SPEECH.search(text, max(at - 12, 0), at):
            return True
        if _SPEECH_AFTER.match(text, at + len(name)):
            return True
    return False


def is_part(name: str, text: str) -> bool:
    """The article makes ``name`` the story's subject, as only a part is."""
    for at, end in _mentions(name, text):
        if _PART_BEFORE.search(text, max(at - 80, 0), at):
            return True
        if _PART_AFTER.match(text, end):
            return True
        if _CAST_AS.search(text, max(at - 8, 0), at) and _KIN_AFTER.match(text, end):
            return True
    return False


def _mentions(name: str, text: str) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` (start, end), whole or by its first name alone ("Mira"
    for "Mira Holt": not "Mira Holt", nor a longer word or a hyphened name "Mira-Jane")."""
    found = [(at, at + len(name)) for at in hint(name).positions(text)]
    first, _, rest = name.partition(" ")
    if not rest:
        return found
    for at in hint(first).positions(text):
        end = at + len(first)
        before, after = text[at - 1 : at] if at else " ", text[end : end + 2]
        if before.isalnum() or before in "’'-" or after[:1].isalnum() or after[:1] == "-":
            continue
        if after[:1] != " " or not after[1:].isupper():
            found.append((at, end))
    return sorted(found)
