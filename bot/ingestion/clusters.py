"""One kind of names (people, or characters) kept in clusters as names come and go.

The rules of :mod:`.reconcile`, worked out incrementally. Full names fall into independent
groups (people: the same initials and number of words; characters: names linked by
similarity); a group is clustered greedily, the most used name first, each name joining the
cluster of its most similar name (the later cluster on a tie) or starting one. A shortened
name then joins the one full-name cluster it fits, if exactly one does (for characters, two
that fit are settled by who plays them). When names change, only their groups are clustered
again, and only the shortened names that could fit differently are placed again: the result
is the same as clustering every name from scratch, which is what a new :class:`Kind` does.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence

import msgspec

from bot.ingestion.similarity import SimilarKeys
from bot.names import is_titled, key_tokens

PlayedBy = Callable[[str], set[Hashable]]
"""The people (any identity) cast as a character key."""
Full = tuple[str, ...]
"""A full-name cluster: its keys, in the order they were placed."""
_Slot = tuple[str, str]
"""Where a shortened name looks for its owner: ("first" | "last" | "either", word)."""


class NameVariant(msgspec.Struct, frozen=True):
    """One spelling of a name: how many articles use it, and the newest of them."""

    key: str
    name: str
    articles: int
    latest: dt.date | None
    latest_article_id: int

    @property
    def recency(self) -> tuple[dt.date, int]:
        return (self.latest or dt.date.min, self.latest_article_id)


class Name(msgspec.Struct, frozen=True):
    """Every spelling of one name key."""

    key: str
    variants: tuple[NameVariant, ...]
    rank: tuple[int, tuple[dt.date, int]]
    """How many articles use it, and its newest article: the most used are placed first."""

    @classmethod
    def of(cls, variants: Sequence[NameVariant]) -> Name:
        """The spellings of one key (``variants`` must share it)."""
        return cls(
            variants[0].key,
            tuple(variants),
            (sum(v.articles for v in variants), max(v.recency for v in variants)),
        )


class Cluster:
    """The spellings of one entity; :attr:`name` is how the bot shows it."""

    __slots__ = ("_name", "keys", "variants")

    def __init__(self, names: Iterable[Name]) -> None:
        listed = list(names)
        self.keys: tuple[str, ...] = tuple(name.key for name in listed)
        self.variants: tuple[NameVariant, ...] = tuple(v for n in listed for v in n.variants)
        self._name: str | None = None

    @classmethod
    def joined(cls, clusters: Iterable[Cluster], name: str) -> Cluster:
        """One cluster of the spellings of ``clusters``, shown as ``name`` (a moderator's
        merge of names: see :mod:`.merges`)."""
        joined = cls(())
        for cluster in clusters:
            joined.keys += cluster.keys
            joined.variants += cluster.variants
        joined._name = name
        return joined

    @property
    def name(self) -> str:
        """Full plain names first, then the spelling most articles use, then the newest."""
        if self._name is None:
            self._name = max(self.variants, key=_display_rank).name
        return self._name


class Kind:
    """The names of one kind and their clusters (see the module's docstring)."""

    def __init__(self, similar: SimilarKeys, *, people: bool) -> None:
        self._similar = similar
        self._people = people
        self.names: dict[str, Name] = {}
        self.cluster_of: dict[str, Cluster] = {}
        """Every name key's cluster."""
        self._members: dict[Hashable, set[str]] = {}
        self._group_of: dict[str, Hashable] = {}
        self._full: dict[Hashable, list[Full]] = {}
        self._full_of: dict[str, Full] = {}
        self._fitting: dict[_Slot, list[Full]] = defaultdict(list)
        """The full-name clusters each slot finds (a list: usually one)."""
        self._waiting: dict[_Slot, set[str]] = defaultdict(set)
        self._owner: dict[str, Full | None] = {}
        self._attached: dict[Full, set[str]] = defaultdict(set)
        self._contested: set[str] = set()
        self._groups_made = 0

    def clusters(self) -> list[Cluster]:
        """Every cluster, in the order of its first key."""
        unique = {id(cluster): cluster for cluster in self.cluster_of.values()}
        return sorted(unique.values(), key=lambda cluster: min(cluster.keys))

    def update(
        self, changed: Mapping[str, Name | None], played_by: PlayedBy | None = None
    ) -> dict[str, Cluster | None]:
        """Apply changed names (None: gone); the previous cluster of every key whose cluster
        was rebuilt (None for a new key)."""
        full: list[str] = []
        short: set[str] = set()
        for key, name in changed.items():
            if name is None:
                self.names.pop(key, None)
            else:
                self.names[key] = name
            if self._is_full(key):
                full.append(key)
            else:
                short.add(key)
        rebuild: set[Full] = set()
        removed: set[Full] = set()
        for old, new in self._regroup(full):
            gone, made = set(old) - set(new), set(new) - set(old)
            for cluster in gone:
                self._unfit(cluster)
                short |= self._attached.pop(cluster, set())
                removed.add(cluster)
            for cluster in made:
                self._fit(cluster)
            rebuild |= made | {c for c in set(new) & set(old) if any(k in changed for k in c)}
        for slot in {s for cluster in removed | rebuild for s in self._slots(cluster)}:
            short |= self._waiting.get(slot, set())
        short |= self._contested
        rebuild |= self._place_short(short, played_by)
        return self._rebuild(rebuild, short, changed)

    # -- full names

    def _regroup(self, keys: Collection[str]) -> list[tuple[list[Full], list[Full]]]:
        """Cluster again every group holding one of these full-name keys: (old, new) each."""
        touched: set[Hashable] = {self._group_of.pop(k) for k in keys if k in self._group_of}
        present = {key for key in keys if key in self.names}
        if self._people:
            arriving: dict[Hashable, set[str]] = defaultdict(set)
            for key in present:
                arriving[bucket(key)].add(key)
            touched |= set(arriving)
            leaving = set(keys)
            regrouped = []
            for group in touched:
                members = self._members.setdefault(group, set())
                members -= leaving
                members |= arriving.get(group, set())
                old = self._full.pop(group, [])
                if not members:
                    del self._members[group]
                regrouped.append((old, self._cluster(group) if members else []))
            return regrouped
        # Groups linked by similarity: a name may link two groups, or its going split one.
        for key in present:
            touched |= {
                self._group_of[other]
                for other in self._similar.neighbours(key)
                if other in self._group_of
            }
        loose = set(present)
        before: list[Full] = []
        for group in touched:
            loose |= self._members.pop(group, set())
            before += self._full.pop(group, [])
        after: list[Full] = []
        for linked in self._linked({key for key in loose if key in self.names}):
            self._groups_made += 1
            self._members[self._groups_made] = linked
            after += self._cluster(self._groups_made)
        return [(before, after)]

    def _cluster(self, group: Hashable) -> list[Full]:
        members = sorted(self._members[group])
        names = sorted((self.names[key] for key in members), key=lambda n: n.rank, reverse=True)
        clusters = _greedy(names, self._similar)
        self._full[group] = clusters
        for cluster in clusters:
            for key in cluster:
                self._group_of[key] = group
                self._full_of[key] = cluster
        return clusters

    def _linked(self, keys: set[str]) -> list[set[str]]:
        """``keys`` split into groups linked by similarity."""
        seen: set[str] = set()
        groups = []
        for start in sorted(keys):
            if start in seen:
                continue
            seen.add(start)
            group, frontier = {start}, [start]
            while frontier:
                for other in self._similar.neighbours(frontier.pop()):
                    if other in keys and other not in seen:
                        seen.add(other)
                        group.add(other)
                        frontier.append(other)
            groups.append(group)
        return groups

    def _slots(self, cluster: Full) -> set[_Slot]:
        """Where shortened names find this full-name cluster."""
        found: set[_Slot] = set()
        for key in cluster:
            tokens = _tokens(key)
            if self._people:
                found |= {("either", tokens[0]), ("either", tokens[-1])}
            else:
                found |= {("first", tokens[0]), ("last", tokens[-1])}
        return found

    def _fit(self, cluster: Full) -> None:
        for slot in self._slots(cluster):
            self._fitting[slot].append(cluster)

    def _unfit(self, cluster: Full) -> None:
        for slot in self._slots(cluster):
            fitting = self._fitting[slot]
            fitting.remove(cluster)
            if not fitting:
                del self._fitting[slot]
        for key in cluster:
            if self._full_of.get(key) == cluster:
                del self._full_of[key]

    # -- shortened names

    def _place_short(self, keys: set[str], played_by: PlayedBy | None) -> set[Full]:
        """Find the owner of each shortened name again; the full clusters that gained or lost
        one."""
        touched: set[Full] = set()
        for key in sorted(keys):
            if key in self._owner:
                owner = self._owner.pop(key)
                if owner is not None:
                    self._attached[owner].discard(key)
                    touched.add(owner)
            self._contested.discard(key)
            slot = self._slot(key)
            self._waiting[slot].discard(key)
            if key not in self.names:
                continue
            self._waiting[slot].add(key)
            fitting = sorted(self._fitting.get(slot, ()))
            if len(fitting) > 1 and not self._people:
                self._contested.add(key)  # settled by who plays it, which may change
            owner = self._owner_of(key, fitting, played_by)
            self._owner[key] = owner
            if owner is not None:
                self._attached[owner].add(key)
                touched.add(owner)
        return touched

    def _slot(self, key: str) -> _Slot:
        tokens = _tokens(key)
        if self._people:
            return ("either", key)
        return ("last", tokens[-1]) if _titled(key) else ("first", tokens[0])

    def _owner_of(
        self, key: str, fitting: Sequence[Full], played_by: PlayedBy | None
    ) -> Full | None:
        if len(fitting) == 1:
            return fitting[0]
        if self._people or not fitting or played_by is None:
            return None
        actors = played_by(key)
        if not actors:
            return None
        shared = [c for c in fitting if any(played_by(k) & actors for k in c)]
        return shared[0] if len(shared) == 1 else None

    # -- the clusters everyone reads

    def _rebuild(
        self, full: set[Full], short: set[str], changed: Mapping[str, Name | None]
    ) -> dict[str, Cluster | None]:
        before: dict[str, Cluster | None] = {}

        def store(cluster: Cluster) -> None:
            for key in cluster.keys:
                before.setdefault(key, self.cluster_of.get(key))
                self.cluster_of[key] = cluster

        for cluster in full:
            if all(self._full_of.get(key) == cluster for key in cluster):
                attached = sorted(self._attached.get(cluster, ()))
                store(Cluster(self.names[key] for key in (*cluster, *attached)))
        for key in short:
            if key in self.names and self._owner.get(key) is None:
                store(Cluster([self.names[key]]))
        for key, name in changed.items():
            if name is None and key in self.cluster_of:
                before.setdefault(key, self.cluster_of.pop(key))
        return before

    def _is_full(self, key: str) -> bool:
        tokens = _tokens(key)
        return len(tokens) > 1 and (self._people or not _titled(key))


def _greedy(names: Sequence[Name], similar: SimilarKeys) -> list[Full]:
    """Each name, most used first, joins the cluster of its most similar placed name (the
    later cluster on a tie), or starts a new one."""
    placed: dict[str, int] = {}
    clusters: list[list[str]] = []
    for name in names:
        best: tuple[float, int] | None = None
        for other, score in similar.neighbours(name.key).items():
            number = placed.get(other)
            if number is not None and (best is None or (score, number) > best):
                best = (score, number)
        if best is None:
            placed[name.key] = len(clusters)
            clusters.append([name.key])
        else:
            placed[name.key] = best[1]
            clusters[best[1]].append(name.key)
    return [tuple(cluster) for cluster in clusters]


def bucket(key: str) -> tuple[str, str, int]:
    """The group a full person name is clustered in: its initials and word count."""
    tokens = _tokens(key)
    return (tokens[0][0], tokens[-1][0], len(tokens))


@functools.lru_cache(maxsize=65536)
def _tokens(key: str) -> tuple[str, ...]:
    return tuple(key_tokens(key))


@functools.lru_cache(maxsize=65536)
def _titled(key: str) -> bool:
    return is_titled(key)


@functools.lru_cache(maxsize=65536)
def _shape(key: str) -> tuple[bool, int]:
    """Whether a key is plain (not "Ms Vale"), and its word count up to two."""
    return (not _titled(key), min(len(_tokens(key)), 2))


def _display_rank(variant: NameVariant) -> tuple[bool, int, int, tuple[dt.date, int], str]:
    return (*_shape(variant.key), variant.articles, variant.recency, variant.name)
