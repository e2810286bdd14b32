"""Autocomplete's answers for the prefixes that many names start with, worked out once.

What a member has typed so far is most often a letter or two ("s", "th"), and the names with a
word starting with that are a share of all the names: at 12,500 characters, thousands for
one letter. Finding them at each keystroke and sorting them to show the first 25 cost time in
proportion to the names known (about 3 ms a letter in the benchmark's 100,000-article world).
:func:`crowded_prefixes` works those answers out when the index is built, for the prefixes
whose run of terms is too long to walk at each keystroke; every other prefix's run is short,
so autocomplete walks at most :data:`CROWDED` terms whatever the number of names.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence

CROWDED = 256
"""Terms starting with a prefix beyond which its first names are worked out in advance."""


def crowded_prefixes(
    terms: Sequence[str], entities: Sequence[int], rank: Callable[[int], int], limit: int
) -> dict[str, array[int]]:
    """For each prefix that more than :data:`CROWDED` of ``terms`` start with (and at least
    ``limit`` entities), the first ``limit`` of those entities in ``rank`` order.

    ``terms``: A to Z, each with its entity at the same place in ``entities``; the terms
    starting with a prefix are one run of them, and a longer prefix's run lies inside a
    shorter one's, so only crowded runs are split further (the work is the crowded runs'
    length, a few passes over the terms)."""
    table: dict[str, array[int]] = {}
    runs = [(0, len(terms), 0)]  # (first, end, length of the prefix all its terms share)
    while runs:
        first, end, depth = runs.pop()
        at = first
        while at < end:
            if len(terms[at]) <= depth:  # the shared prefix itself: no longer prefix to find
                at += 1
                continue
            prefix = terms[at][: depth + 1]
            last = at
            while last < end and terms[last].startswith(prefix):
                last += 1
            if last - at > CROWDED:
                chosen = sorted(set(entities[at:last]), key=rank)
                if len(chosen) >= limit:  # else no longer prefix of it has enough either
                    table[prefix] = array("q", chosen[:limit])
                    runs.append((at, last, depth + 1))
            at = last
    return table
