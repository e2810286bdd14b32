"""Entities' display names, packed for an index kept while the bot runs."""

from __future__ import annotations

import itertools
from array import array
from bisect import bisect_left


class DisplayNames:
    """Entities' display names by id, packed in one string with integer arrays beside it.

    A string object per name, made as the name rows were read, would stay among the freed
    rows' memory and keep it resident (at 65,500 articles the three indexes' names and ids
    were 3.7 MiB of live objects scattered over the rows' 20 MiB).
    """

    __slots__ = ("_ids", "_starts", "_text")

    def __init__(self, names: dict[int, str]) -> None:
        ids = sorted(names)
        self._ids = array("q", ids)
        self._text = "".join(names[entity_id] for entity_id in ids)
        lengths = (len(names[entity_id]) for entity_id in ids)
        self._starts = array("I", itertools.accumulate(lengths, initial=0))

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, entity_id: object) -> bool:
        return isinstance(entity_id, int) and self._at(entity_id) is not None

    def __getitem__(self, entity_id: int) -> str:
        at = self._at(entity_id)
        if at is None:
            raise KeyError(entity_id)
        return self._text[self._starts[at] : self._starts[at + 1]]

    def _at(self, entity_id: int) -> int | None:
        at = bisect_left(self._ids, entity_id)
        return at if at < len(self._ids) and self._ids[at] == entity_id else None
