"""A cast list on one labelled line, for :mod:`bot.extract.cast`.

"Starring: Ada Vale – Mira Holt; Tom Reyes – Jon Pike" and "Cast: Ada Vale – Mira Holt / Tom
Reyes – DS Jon Pike" (or "|" between items, as forum posts print them): the label says the
names it lists are the actors, so each item's name before the dash is the actor and the name
after it the part (a lone "Ada Vale – Mira Holt" line leaves the order to who is a known
person). Every item must be such a pair, two at least, or the line is read as nothing here.
The label only says the line lists actors, not which side of each dash they stand on: a line
printed part first ("Cast: Mira Holt – Ada Vale; ...") is told by one of its parts being a
person the article knows, and then none of its pairs is sure.
"""

from __future__ import annotations

from dataclasses import replace

from bot.extract.castforms import CHAR, Casting
from bot.extract.names import FULL_NAME
from bot.extract.people import People
from bot.extract.works import CAST_LABEL
from bot.lazy_patterns import lazy_pattern

_SPLIT = lazy_pattern(r";[ ]|[ ][/|][ ]")
_ITEM = lazy_pattern(rf"(?P<actor>{FULL_NAME})[ ][–—-][ ](?P<char>{CHAR})\.?")
"""One item: a full name, a dash, then the part ("Ada Vale – DS Mira Holt")."""
_LEAST_ITEMS = 2


def labelled_list(chunk: str, evidence: str, offset: int) -> list[Casting]:
    """Each "Actor – Part" item of a line a cast label opens, or none when any item is not one."""
    label = CAST_LABEL.match(chunk)
    if label is None:
        return []
    found: list[Casting] = []
    at = label.end()
    for piece in [*_SPLIT.split(chunk[at:].rstrip())]:
        start = chunk.index(piece, at)
        item = _ITEM.fullmatch(chunk, start, start + len(piece))
        if item is None:
            return []
        at = item.end()
        found.append(
            Casting(item["actor"], item["char"], evidence, offset + start, end=offset + at)
        )
    return found if len(found) >= _LEAST_ITEMS else []


def held_if_part_first(raw: list[Casting], people: People) -> list[Casting]:
    """The castings with every pair of a labelled line held when one of its parts is a known
    person ("Cast: Mira Holt – Ada Vale; Jon Pike – Tom Reyes" where Ada Vale is named as an
    actor elsewhere): that line lists parts first, so its other pairs are turned round too."""
    part_first = {
        r.evidence
        for r in raw
        if " " in r.character  # a full name, not "Cal" taken for a known Cal
        and CAST_LABEL.match(r.evidence)
        and people.knows(people.resolve(r.character) or "")
        and labelled_list(r.evidence, r.evidence, 0)  # dashes; "Cast: X (Y), ..." is no such line
    }
    return [replace(r, unsure=True) if r.evidence in part_first else r for r in raw]
