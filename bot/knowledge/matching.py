"""Matching what a member types ("jnuo", "Ms Vale", "quill") to a known name.

Pure and in memory: an index is built once from the name tables and reused until the
knowledge changes, so lookups and autocomplete answer in well under a millisecond.

rapidfuzz is imported where it is used, not here: loading its C++ library costs about 8 ms
of CPU, a sixth of what the bot imports beyond discord.py. :func:`preload_rapidfuzz` loads it
in a thread once the bot is connected (READY does not need it); a command that comes first
waits for that import (Python's import lock), never for a wrong answer.
"""

from __future__ import annotations

import heapq
import math
import sys
import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any, TypeVar

import msgspec

from bot.knowledge.display import DisplayNames
from bot.knowledge.terms import END, pack_terms
from bot.names import name_key

_ACCEPT = 85.0
_SUGGEST = 65.0
"""A name this close is suggested after a miss ("tobyas": Tobias; "jonah" is not Jones)."""
_SUGGESTED = 5
"""The most names suggested after a miss."""
_CLOSE_WHILE_TYPING = 60.0
"""Autocomplete also offers names this close to what was typed so far."""
_AMBIGUITY_MARGIN = 3.0
_TYPO_LENGTH_CHANGE = 2
_EDITS_ALLOWED = ((5, 1), (12, 2))
"""A close name is taken for the typed one only within this many typing slips (a letter
wrong, missing, extra, or two swapped) for typed names up to this long; longer, three. So
"tobyas" is Tobias and "jnuo" Juno, but "joe" is not Jones, nor "coach" Cormac: those are
only suggested. Similarity scores alone reward a shared start too much in short names."""
_RIVAL_CUTOFF = (100.0 - _AMBIGUITY_MARGIN - 0.1) / 100
_RIVAL_SHARE = 0.84
"""The Jaro-Winkler scores and lengths a rival (:meth:`NameIndex._rivalled`) can have, a little
wider than the bound, which its own test of the score then applies exactly. Jaro-Winkler adds
at most 0.4 x (1 - Jaro), so 0.97 needs a Jaro score of 0.95; Jaro is at most (2 + shorter /
longer length) / 3, so that needs lengths within 0.85 of each other."""
AUTOCOMPLETE_LIMIT = 25
_REMEMBERED = 128
"""Fuzzy lookups and completions an index keeps (per kind, the oldest dropped first): members
type the same prefixes and names again and again, and each fuzzy score costs a pass over the
terms. They live in the index, so whatever drops the index (a change of knowledge) drops them.
Kept small: at 512 the benchmark's 50,000 members' run grew by about 3 MiB more."""


class Match(msgspec.Struct, frozen=True):
    """The entity a query names, or none with the closest names to suggest."""

    entity_id: int | None
    suggestions: tuple[str, ...] = ()
    exact: bool = False
    """The typed name is one of the entity's spellings, or a word of one: not a near miss."""


class NameIndex(msgspec.Struct):
    """Names of one kind of entity (people or characters), searchable by any part.

    The searchable terms (spellings, their words and parts) are packed into one string with
    arrays of machine integers beside it, not held as a Python string and list entries each:
    the index is kept while the bot runs, and in the benchmark's 100,000-article world (at
    65,500 articles: 12,500 characters, 15,800 people) a string object per term made the
    three indexes 11.6 MiB of live objects, the largest part of what the bot's memory grew by
    with the articles; packed, a term costs its letters and about 13 bytes (5.0 MiB in all).
    """

    display: DisplayNames = msgspec.field(default_factory=lambda: DisplayNames({}))
    _alphabetical: array[int] = msgspec.field(default_factory=lambda: array("q"))
    """Every entity, by display name A to Z: what autocomplete offers before anything is
    typed."""
    _packed: str = ""
    """Every term, each followed by :data:`~bot.knowledge.terms.END`, by first letter and then
    shortest first: a fuzzy score only compares a typed name with the terms that start with its
    letter and have a length that can reach its threshold (one slice of this string)."""
    _starts: array[int] = msgspec.field(default_factory=lambda: array("I"))
    """Where each term starts in :attr:`_packed`, and one more entry: where the next would."""
    _entities: array[int] = msgspec.field(default_factory=lambda: array("q"))
    """The entity of each term, in the same order."""
    _spelling: bytearray = msgspec.field(default_factory=bytearray)
    """1 where the term is one of its entity's spellings (not only a word or part of one)."""
    _a_to_z: array[int] = msgspec.field(default_factory=lambda: array("I"))
    """The terms' positions, A to Z (then by entity): prefixes and exact spellings are found
    by bisection."""
    _length_starts: dict[str, array[int]] = msgspec.field(default_factory=dict)
    """Per first letter, where its terms of each length start (index: the length, up to the
    longest term's and one more)."""
    _crowded: dict[str, array[int]] = msgspec.field(default_factory=dict)
    """Autocomplete's first entities (display names A to Z) for the prefixes more than
    :data:`~bot.knowledge.prefixes.CROWDED` terms start with: every other prefix's terms are
    few enough to walk at each keystroke."""
    _near_misses: dict[str, Match] = msgspec.field(default_factory=dict)
    """:meth:`match` of name keys that are no exact spelling, remembered (:data:`_REMEMBERED`).
    Invalidated only by building a new index: the index itself never changes."""
    _completions: dict[tuple[str, int], tuple[str, ...]] = msgspec.field(default_factory=dict)
    """:meth:`complete` by (name key, limit), remembered like :attr:`_near_misses`."""

    @classmethod
    def build(cls, names: Iterable[tuple[int, str, str]]) -> NameIndex:
        """``names``: (entity id, name key of one spelling, the entity's display name).

        Display names are folded uncached (:func:`~bot.names.folded`, what :func:`name_key`
        caches): an index of thousands of names would otherwise fill that cache, evicting the
        spellings ingestion and members' queries reuse, and hold every entry while the bot runs
        (about 0.5 MiB in the benchmark's bot). Slow at thousands of names (about a second
        at 15,000): :class:`~bot.knowledge.Knowledge` builds it in a thread."""
        packed = pack_terms(names, AUTOCOMPLETE_LIMIT)
        return cls(
            display=DisplayNames(packed.shown),
            _alphabetical=packed.alphabetical,
            _packed=packed.packed,
            _starts=packed.starts,
            _entities=packed.entities,
            _spelling=packed.spelling,
            _a_to_z=packed.a_to_z,
            _length_starts=packed.length_starts,
            _crowded=packed.crowded,
        )

    def __len__(self) -> int:
        return len(self.display)

    def _term(self, at: int) -> str:
        return self._packed[self._starts[at] : self._starts[at + 1] - 1]

    def _first_a_to_z(self, key: str) -> int:
        """Where in :attr:`_a_to_z` the first term not before ``key`` is."""
        return bisect_left(self._a_to_z, key, key=self._term)

    def _exact_id(self, key: str) -> int | None:
        """The entity ``key`` is a spelling of, if it is one entity's alone."""
        return self._only_holder(key, spellings_only=True)

    def match(self, query: str) -> Match:
        key = name_key(query)
        exact = self._exact_id(key)
        if exact is not None:
            return Match(exact, exact=True)
        found = self._near_misses.get(key)
        if found is None:
            found = _remember(self._near_misses, key, self._near_miss(key))
        return found

    def _near_miss(self, key: str) -> Match:
        """What a name key that is no exact spelling names, if close enough to one."""
        word_of = self._only_holder(key)
        if word_of is not None and not self._rivalled(
            key, word_of, self._typos(key, rivals_only=True)
        ):
            return Match(word_of, exact=True)  # what scoring every close name would find
        typos = self._typos(key)
        # Only names of about the typed length can be close enough to be taken, or to rival
        # the one taken: scored first, they settle most near misses (a slip in a name); only
        # a miss scores the wider range of lengths its suggestions may have.
        rivals = self._scores(key, typos, cutoff=_ACCEPT - _AMBIGUITY_MARGIN)
        taken = self._taken(key, self._ranked(rivals, 2))
        if taken is not None:
            return taken
        ranked = self._ranked(self._scores(key, typos, cutoff=_SUGGEST), _SUGGESTED)
        return Match(None, tuple(self.display[e] for e, _ in ranked))

    def _taken(self, key: str, ranked: list[tuple[int, tuple[float, str]]]) -> Match | None:
        """The entity the best of ``ranked`` is, if it is close enough to ``key`` to be taken
        for it and no other is about as close. ``ranked``: the two best of every entity that
        scores at least :data:`_ACCEPT` less :data:`_AMBIGUITY_MARGIN` (those that can be
        taken, and those that would rival them), or more."""
        if not ranked or ranked[0][1][0] < _ACCEPT:
            return None
        if len(ranked) > 1 and ranked[1][1][0] >= ranked[0][1][0] - _AMBIGUITY_MARGIN:
            return None
        entity_id, (_, term) = ranked[0]
        if term == key:
            return Match(entity_id, exact=True)
        from rapidfuzz.distance import OSA  # noqa: PLC0415 - loaded at READY (the docstring)

        if OSA.distance(key, term) > _edits_allowed(len(key)):
            return None
        return Match(entity_id)

    def _only_holder(self, key: str, *, spellings_only: bool = False) -> int | None:
        """The entity ``key`` is a term of (a spelling, or a word or part of one, as a first
        name or surname typed alone), if one entity's alone."""
        held = set()
        order = self._a_to_z
        at = self._first_a_to_z(key)
        while at < len(order) and self._term(order[at]) == key:
            if self._spelling[order[at]] or not spellings_only:
                held.add(self._entities[order[at]])
            at += 1
        return held.pop() if len(held) == 1 else None

    def _rivalled(self, key: str, holder: int, typos: list[tuple[int, float, str]]) -> bool:
        """Whether an entity other than ``holder`` scores within :data:`_AMBIGUITY_MARGIN`
        of a perfect score for ``key`` (so :meth:`_near_miss` would not take ``holder``), by
        :meth:`_typos` or by plain similarity. Plain similarity is 100 x (1 - letters added
        or dropped / both lengths): within the margin of 100 only when both lengths add up to
        100 / margin (34) or more per letter added or dropped, and a term of another length
        adds or drops that difference; so for a name of up to 16 letters, as first names and
        surnames are, none can be, and only the typo measure's few lengths are compared."""
        from rapidfuzz import fuzz  # noqa: PLC0415 - loaded at READY (the module docstring)

        floor = 100.0 - _AMBIGUITY_MARGIN
        rivals = list(typos)
        if 2 * len(key) + 1 >= 100 / _AMBIGUITY_MARGIN:
            lengths = (math.ceil(len(key) * 97 / 103), len(key) * 103 // 97)
            rivals += self._scored(key, lengths, fuzz.ratio, cutoff=floor)
        return any(entity != holder and score >= floor for entity, score, _ in rivals)

    def _ranked(
        self, scores: dict[int, tuple[float, str]], count: int
    ) -> list[tuple[int, tuple[float, str]]]:
        """The ``count`` best of ``scores``, by score and then display name. Display names
        are looked up only for the entities scoring as high as the ``count``-th best: a miss
        among thousands of names scores hundreds of them, and looking up each one's display
        name to sort them all was a third of what the miss cost."""
        best = heapq.nlargest(count, scores.items(), key=lambda item: item[1][0])
        if not best:
            return []
        edge = best[-1][1][0]
        ranked = [item for item in scores.items() if item[1][0] >= edge]
        ranked.sort(key=lambda item: (-item[1][0], self.display[item[0]]))
        return ranked[:count]

    def exact(self, name: str) -> int | None:
        """The one entity with ``name`` among its spellings (in any case, accents and spacing);
        None when none has, or more than one: for changes, where close is not enough."""
        return self._exact_id(name_key(name))

    def complete(self, typed: str, limit: int = AUTOCOMPLETE_LIMIT) -> list[str]:
        """Autocomplete: names with a word starting with what was typed, then close ones."""
        key = name_key(typed)
        if not key:
            return [self.display[e] for e in self._alphabetical[:limit]]
        found = self._completions.get((key, limit))
        if found is None:
            found = _remember(self._completions, (key, limit), tuple(self._completed(key, limit)))
        return list(found)

    def _completed(self, key: str, limit: int) -> list[str]:
        crowded = self._crowded.get(key)
        if crowded is not None and limit <= len(crowded):
            return [self.display[e] for e in crowded[:limit]]
        # Terms A to Z: those starting with the key are one run, found by bisection, and (not
        # crowded) at most CROWDED terms long.
        order = self._a_to_z
        starts = set()
        at = self._first_a_to_z(key)
        while at < len(order) and self._term(order[at]).startswith(key):
            starts.add(self._entities[order[at]])
            at += 1
        chosen = sorted((self.display[e] for e in starts), key=str.casefold)
        if len(chosen) < limit:
            close = sorted(self._scores(key).items(), key=lambda item: -item[1][0])
            for e, (s, _) in close:  # display names looked up only for those shown
                if len(chosen) >= limit or s < _CLOSE_WHILE_TYPING:
                    break
                if e not in starts:
                    chosen.append(self.display[e])
        return chosen[:limit]

    def _scores(
        self,
        key: str,
        typos: list[tuple[int, float, str]] | None = None,
        *,
        cutoff: float = _CLOSE_WHILE_TYPING,
    ) -> dict[int, tuple[float, str]]:
        """Best similarity per entity over all its terms, and that term, computed in
        rapidfuzz's C loops; ``typos``: :meth:`_typos` of ``key``, if already scored.

        Plain similarity counts from ``cutoff`` up. Only terms of a length that can reach it are
        compared: plain similarity (200 x common letters / both lengths) reaches c only for
        terms between c / (200 - c) and (200 - c) / c of the typed length (3/7 and 7/3 at 60,
        about 0.7 and 1.44 at 82); the typo measure counts within two letters of it. And only terms
        starting with the typed name's first letter: studies of spelling errors find the first
        letter seldom wrong (Pollock and Zamora, 1984), and comparing every name would make a
        miss cost time in proportion to all the names known (about 60 ms at 12,500 names).
        """
        from rapidfuzz import fuzz  # noqa: PLC0415 - loaded at READY (the docstring)

        best: dict[int, tuple[float, str]] = {}
        if not key:
            return best
        length, share = len(key), int(cutoff)
        low, high = -(-length * share // (200 - share)), length * (200 - share) // share
        scored = self._scored(key, (low, high), fuzz.ratio, cutoff=cutoff)
        scored += self._typos(key) if typos is None else typos
        for entity_id, score, term in scored:
            if entity_id not in best or score > best[entity_id][0]:
                best[entity_id] = (score, term)
        return best

    def _typos(self, key: str, *, rivals_only: bool = False) -> list[tuple[int, float, str]]:
        """Jaro-Winkler forgives typos in short names by rewarding a shared start. It only
        counts as a near-certain match between spellings of about the same length (within
        two letters, of three or more); suggestions are ranked by plain similarity.

        ``rivals_only``: only the terms :meth:`_rivalled` can count (a score within
        :data:`_AMBIGUITY_MARGIN` of perfect), which are few and of nearly the typed length:
        a surname or first name typed alone is settled by them, without scoring every term of
        its first letter that :data:`_ACCEPT` could reach (a share of all the names known)."""
        from rapidfuzz.distance import JaroWinkler  # noqa: PLC0415 - loaded at READY

        if len(key) < 3:
            return []
        low, high = max(3, len(key) - _TYPO_LENGTH_CHANGE), len(key) + _TYPO_LENGTH_CHANGE
        cutoff = _ACCEPT / 100
        if rivals_only:
            low, high = (
                max(low, math.ceil(len(key) * _RIVAL_SHARE)),
                min(high, math.floor(len(key) / _RIVAL_SHARE)),
            )
            cutoff = _RIVAL_CUTOFF
        scorer = JaroWinkler.normalized_similarity
        return self._scored(key, (low, high), scorer, cutoff=cutoff, percent=100)

    def _scored(
        self, key: str, lengths: tuple[int, int], scorer: Any, *, cutoff: float, percent: int = 1
    ) -> list[tuple[int, float, str]]:
        """(entity, score x ``percent``, term) for the terms of ``lengths`` (the shortest and
        longest, in letters) that score at least ``cutoff``."""
        from rapidfuzz import process  # noqa: PLC0415 - loaded at READY (the docstring)

        low, high = lengths
        starts = self._length_starts.get(key[:1])
        if starts is None:
            return []
        first = starts[min(low, len(starts) - 1)]
        last = starts[min(high + 1, len(starts) - 1)]
        if first >= last:
            return []
        # The slice's terms, in one piece of the packed string (the last end mark dropped).
        candidates = self._packed[self._starts[first] : self._starts[last] - 1].split(END)
        found = process.extract(key, candidates, scorer=scorer, limit=None, score_cutoff=cutoff)
        entities = self._entities
        return [(entities[first + at], score * percent, term) for term, score, at in found]


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memory: dict[_K, _V], key: _K, value: _V) -> _V:
    """Keep ``value`` under ``key``, dropping the oldest entry beyond :data:`_REMEMBERED`."""
    if len(memory) >= _REMEMBERED:
        del memory[next(iter(memory))]
    memory[key] = value
    return value


_preload_started = False
"""Whether :func:`preload_rapidfuzz` has started its thread in this process."""


def preload_rapidfuzz() -> threading.Thread | None:
    """Import rapidfuzz in a thread, started at READY (FanBot.on_connect): done before most
    first commands, without holding up READY. Started while connecting, it delayed READY in
    our runs (loading its extension module holds the GIL). Started once per process (a
    reconnection, or another shard's READY, starts nothing)."""
    global _preload_started  # noqa: PLW0603 - once per process, whichever shard is READY first
    if _preload_started or "rapidfuzz.process" in sys.modules:
        return None
    _preload_started = True

    def load() -> None:
        # The package first: it imports its submodules itself, so this thread takes the
        # import locks in the order a lookup on the event loop does (package, then module).
        import rapidfuzz  # noqa: PLC0415, F401 - the point of this thread

    thread = threading.Thread(target=load, name="preload-rapidfuzz", daemon=True)
    thread.start()
    return thread


def _edits_allowed(length: int) -> int:
    """How many typing slips a typed name of ``length`` letters may hold (see
    :data:`_EDITS_ALLOWED`)."""
    for longest, edits in _EDITS_ALLOWED:
        if length <= longest:
            return edits
    return _EDITS_ALLOWED[-1][1] + 1
