"""Packing a name index's searchable terms: built once per change of knowledge, in a thread.

A term is a spelling of an entity, or a word or part of one (:func:`searchable_tokens`). The
terms are packed into one string with arrays of machine integers beside it (see
:class:`~bot.knowledge.matching.NameIndex`). :func:`pack_terms` builds them with nothing per
term beyond the term's own string and a few machine integers: no set of (term, entity) tuples,
no sorted copies of it, no tuple sort keys. Those temporaries were most of what building the
indexes cost in memory at 100,000 articles (a 19.8 MiB tracemalloc peak for 8.9 MiB kept, and
26.3 MiB of resident memory that freeing them did not give back).
"""

from __future__ import annotations

import itertools
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from bot.knowledge.prefixes import crowded_prefixes
from bot.names import folded, key_tokens

END = "\0"
"""Ends each term in the packed terms: never in a name key (folding turns every character but
letters, digits, apostrophes and dashes into a space)."""
_NAME_PARTS = re.compile(r"[-']")


class PackedTerms(NamedTuple):
    """What :func:`pack_terms` builds; each field is described where the index keeps it."""

    shown: dict[int, str]
    alphabetical: array[int]
    packed: str
    starts: array[int]
    entities: array[int]
    spelling: bytearray
    a_to_z: array[int]
    length_starts: dict[str, array[int]]
    crowded: dict[str, array[int]]


def pack_terms(names: Iterable[tuple[int, str, str]], limit: int) -> PackedTerms:
    """``names``: (entity id, name key of one spelling, the entity's display name); ``limit``:
    how many entities autocomplete shows (for the crowded prefixes' answers).

    The rows are taken entity by entity (a sort of the rows themselves, no copies), so each
    entity's terms are made unique in a small dict and added once, in entity order: sorting
    the terms' positions A to Z (stable) then orders equal terms by entity, as the index
    needs, with the terms themselves as the only sort keys. The packed order (first letter,
    then length, then A to Z) is a stable sort of that by one integer per term."""
    shown: dict[int, str] = {}
    terms: list[str] = []
    entities = array("q")
    spelling = bytearray()
    for entity_id, rows in itertools.groupby(sorted(names, key=itemgetter(0)), itemgetter(0)):
        found: dict[str, bool] = {}  # term: whether a spelling
        for _, key, display in rows:
            shown[entity_id] = display
            for term in (key, folded(display)):
                found[term] = True
                for token in searchable_tokens(term):
                    found.setdefault(token, False)
        terms.extend(found)
        entities.extend(itertools.repeat(entity_id, len(found)))
        spelling.extend(found.values())
    by_term = array("I", sorted(range(len(terms)), key=terms.__getitem__))
    order = array("I", sorted(by_term, key=lambda at: _letter_and_length(terms[at])))
    position = array("I", bytes(4 * len(terms)))
    for at, term_at in enumerate(order):
        position[term_at] = at
    alphabetical = array("q", sorted(shown, key=lambda e: shown[e].casefold()))
    rank = {entity_id: at for at, entity_id in enumerate(alphabetical)}
    crowded = crowded_prefixes(
        [terms[at] for at in by_term],
        array("q", (entities[at] for at in by_term)),
        rank.__getitem__,
        limit,
    )
    return PackedTerms(
        shown=shown,
        alphabetical=alphabetical,
        packed=END.join(terms[at] for at in order) + END if terms else "",
        starts=array("I", itertools.accumulate((len(terms[at]) + 1 for at in order), initial=0)),
        entities=array("q", (entities[at] for at in order)),
        spelling=bytearray(spelling[at] for at in order),
        a_to_z=array("I", (position[at] for at in by_term)),
        length_starts=_length_starts(terms, order),
        crowded=crowded,
    )


def _letter_and_length(term: str) -> int:
    """One integer ordering terms by first letter, then length (the empty term first)."""
    return (ord(term[0]) + 1) << 32 | len(term) if term else 0


def _length_starts(terms: list[str], order: array[int]) -> dict[str, array[int]]:
    """Per first letter, where its terms of each length start in ``order`` (index: the
    length, up to the longest term's and one more)."""
    longest = max(map(len, terms), default=0)
    table: dict[str, array[int]] = {}
    at = 0
    for letter, group in itertools.groupby(order, key=lambda term_at: terms[term_at][:1]):
        lengths = [len(terms[term_at]) for term_at in group]
        table[letter] = array("I", (at + bisect_left(lengths, ln) for ln in range(longest + 2)))
        at += len(lengths)
    return table


def searchable_tokens(key: str) -> list[str]:
    """First names, surnames and titles can be searched alone ("Coach" is the one coach; a
    title several share names none of them), and so can each part of a hyphenated name, whole
    or without its apostrophe ("O'Hara", "Hara" and "Brennan" in "O'Hara-Brennan")."""
    tokens = [token for token in key_tokens(key) if len(token) > 1]
    parts = [
        part
        for token in tokens
        for part in (*token.split("-"), *_NAME_PARTS.split(token))
        if len(part) > 1
    ]
    return list(dict.fromkeys(tokens + parts))
