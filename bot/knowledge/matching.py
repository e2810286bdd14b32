"""Matching what a member types ("jnuo", "Ms Vale", "quill") to a known name.

Pure and in memory: an index is built once from the name tables and reused until the
knowledge changes, so lookups and autocomplete answer in well under a millisecond.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import JaroWinkler

from bot.names import TITLES, key_tokens, name_key

_ACCEPT = 85.0
_SUGGEST = 65.0
"""A name this close is suggested after a miss ("charly": Charlie; "jonah" is not Jones)."""
_CLOSE_WHILE_TYPING = 60.0
"""Autocomplete also offers names this close to what was typed so far."""
_NAME_PARTS = re.compile(r"[-']")
_AMBIGUITY_MARGIN = 3.0
_TYPO_LENGTH_CHANGE = 2
AUTOCOMPLETE_LIMIT = 25


@dataclass(frozen=True, slots=True)
class Match:
    """The entity a query names, or none with the closest names to suggest."""

    entity_id: int | None
    suggestions: tuple[str, ...] = ()


@dataclass(slots=True)
class NameIndex:
    """Names of one kind of entity (people or characters), searchable by any part."""

    display: dict[int, str] = field(default_factory=dict)
    _exact: dict[str, set[int]] = field(default_factory=dict)
    _terms: list[tuple[str, int]] = field(default_factory=list)
    _term_texts: list[str] = field(default_factory=list)
    """The terms alone, in the same order, as rapidfuzz takes them."""
    _alphabetical: list[str] = field(default_factory=list)
    """Every display name, A to Z: what autocomplete offers before anything is typed."""

    @classmethod
    def build(cls, names: Iterable[tuple[int, str, str]]) -> NameIndex:
        """``names``: (entity id, name key of one spelling, the entity's display name)."""
        index = cls()
        terms: set[tuple[str, int]] = set()
        for entity_id, key, display in names:
            index.display[entity_id] = display
            for term in (key, name_key(display)):
                index._exact.setdefault(term, set()).add(entity_id)
                terms.add((term, entity_id))
                terms.update((token, entity_id) for token in _searchable_tokens(term))
        index._terms = sorted(terms)
        index._term_texts = [term for term, _ in index._terms]
        index._alphabetical = sorted(index.display.values(), key=str.casefold)
        return index

    def __len__(self) -> int:
        return len(self.display)

    def match(self, query: str) -> Match:
        key = name_key(query)
        exact = self._exact.get(key, set())
        if len(exact) == 1:
            return Match(next(iter(exact)))
        scores = self._scores(key)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], self.display[item[0]]))
        suggestions = tuple(self.display[e] for e, score in ranked[:5] if score >= _SUGGEST)
        if not ranked or ranked[0][1] < _ACCEPT:
            return Match(None, suggestions)
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - _AMBIGUITY_MARGIN:
            return Match(None, suggestions)
        return Match(ranked[0][0])

    def exact(self, name: str) -> int | None:
        """The one entity with ``name`` among its spellings (in any case, accents and spacing);
        None when none has, or more than one: for changes, where close is not enough."""
        found = self._exact.get(name_key(name), set())
        return next(iter(found)) if len(found) == 1 else None

    def complete(self, typed: str, limit: int = AUTOCOMPLETE_LIMIT) -> list[str]:
        """Autocomplete: names with a word starting with what was typed, then close ones."""
        key = name_key(typed)
        if not key:
            return self._alphabetical[:limit]
        # Terms are sorted: those starting with the key are one run, found by bisection.
        starts = set()
        for term, entity_id in self._terms[bisect_left(self._term_texts, key) :]:
            if not term.startswith(key):
                break
            starts.add(entity_id)
        chosen = sorted((self.display[e] for e in starts), key=str.casefold)
        if len(chosen) < limit:
            close = sorted(self._scores(key).items(), key=lambda item: -item[1])
            chosen += [
                self.display[e] for e, s in close if s >= _CLOSE_WHILE_TYPING and e not in starts
            ]
        return chosen[:limit]

    def _scores(self, key: str) -> dict[int, float]:
        """Best similarity per entity over all its terms, computed in rapidfuzz's C loops."""
        best: dict[int, float] = {}
        if not key:
            return best
        terms = self._term_texts
        matches = process.extract(
            key, terms, scorer=fuzz.ratio, limit=None, score_cutoff=_CLOSE_WHILE_TYPING
        )
        if len(key) >= 3:
            # Jaro-Winkler forgives typos in short names by rewarding a shared start. It only
            # counts as a near-certain match between spellings of about the same length;
            # suggestions are ranked by plain similarity.
            matches += [
                (term, score * 100, position)
                for term, score, position in process.extract(
                    key,
                    terms,
                    scorer=JaroWinkler.normalized_similarity,
                    limit=None,
                    score_cutoff=_ACCEPT / 100,
                )
                if len(term) >= 3 and abs(len(term) - len(key)) <= _TYPO_LENGTH_CHANGE
            ]
        for _, score, position in matches:
            entity_id = self._terms[position][1]
            best[entity_id] = max(best.get(entity_id, 0.0), score)
        return best


def _searchable_tokens(key: str) -> list[str]:
    """First names and surnames can be searched alone, and so can each part of a hyphenated
    or apostrophised one ("Brennan" in "O'Hara-Brennan"); titles ("mr") cannot."""
    tokens = [token for token in key_tokens(key) if token not in TITLES and len(token) > 1]
    parts = [part for token in tokens for part in _NAME_PARTS.split(token) if len(part) > 1]
    return list(dict.fromkeys(tokens + parts))
