"""Name reconciliation: which spellings across articles name the same person or character.

Pure functions over the names the articles used. Articles misspell people ("Marta Quill" for
"Martha Quill"), shorten them to a surname ("Quill"), and call characters by first name
("Juno") or title and surname ("Ms Vale"). The result is deterministic and independent of the
order in which articles were ingested; the display spelling is the most recent article's.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Indel

from bot.names import is_titled, key_tokens

_SAME_PERSON_SIMILARITY = 0.85
_SAME_CHARACTER_SIMILARITY = 0.9


@dataclass(frozen=True, slots=True)
class NameVariant:
    """One spelling, with the newest article that used it (for "latest spelling wins")."""

    key: str
    name: str
    latest: dt.date | None
    latest_article_id: int

    @property
    def recency(self) -> tuple[dt.date, int]:
        return (self.latest or dt.date.min, self.latest_article_id)


@dataclass(slots=True)
class Cluster:
    """The spellings of one entity; ``name`` is how the bot shows it."""

    variants: list[NameVariant] = field(default_factory=list)

    @property
    def name(self) -> str:
        return max(self.variants, key=_display_rank).name

    @property
    def keys(self) -> list[str]:
        return [variant.key for variant in self.variants]


def _display_rank(variant: NameVariant) -> tuple[bool, int, tuple[dt.date, int]]:
    """Full plain names first, then the longest, then the most recent spelling."""
    tokens = key_tokens(variant.key)
    return (not is_titled(variant.key), min(len(tokens), 2), variant.recency)


def cluster_people(variants: Iterable[NameVariant]) -> list[Cluster]:
    """Group person spellings: near-identical full names, and lone surnames with their owner."""
    full, single = _split_by_length(variants)
    clusters: list[Cluster] = []
    buckets: dict[tuple[str, str, int], list[Cluster]] = defaultdict(list)
    for variant in sorted(full, key=lambda v: v.recency, reverse=True):
        tokens = key_tokens(variant.key)
        bucket = buckets[(tokens[0][0], tokens[-1][0], len(tokens))]
        match = _closest(bucket, variant.key, _SAME_PERSON_SIMILARITY)
        if match is None:
            match = Cluster()
            bucket.append(match)
            clusters.append(match)
        match.variants.append(variant)

    by_surname = _index_by_token(clusters, position=-1)
    for variant in single:
        owners = by_surname.get(variant.key, [])
        if len(owners) == 1:
            owners[0].variants.append(variant)
        else:
            clusters.append(Cluster([variant]))
    return clusters


def cluster_characters(
    variants: Iterable[NameVariant], played_by: dict[str, set[int]] | None = None
) -> list[Cluster]:
    """Group character spellings: "Juno" and "Ms Vale" join the full name they shorten.

    ``played_by`` maps a character key to the people (cluster numbers) cast in it; it settles
    a first name shared by two full names in favour of the one the same actor plays.
    """
    played_by = played_by or {}
    full, short = _split_characters(variants)
    pool = _KeyPool(_SAME_CHARACTER_SIMILARITY)
    for variant in sorted(full, key=lambda v: v.recency, reverse=True):
        pool.add(pool.closest(variant.key) or pool.new_cluster(), variant)
    clusters = pool.clusters

    by_first = _index_by_token(clusters, position=0)
    by_last = _index_by_token(clusters, position=-1)
    for variant in short:
        tokens = key_tokens(variant.key)
        candidates = (
            by_last.get(tokens[-1], []) if is_titled(variant.key) else by_first.get(tokens[0], [])
        )
        owner = _pick_owner(candidates, played_by.get(variant.key, set()), played_by)
        if owner is None:
            owner = Cluster()
            clusters.append(owner)
        owner.variants.append(variant)
    return clusters


def _pick_owner(
    candidates: Sequence[Cluster], actors: set[int], played_by: dict[str, set[int]]
) -> Cluster | None:
    if len(candidates) == 1:
        return candidates[0]
    if not actors:
        return None
    shared = [c for c in candidates if any(played_by.get(key, set()) & actors for key in c.keys)]
    return shared[0] if len(shared) == 1 else None


def _split_by_length(
    variants: Iterable[NameVariant],
) -> tuple[list[NameVariant], list[NameVariant]]:
    full: list[NameVariant] = []
    single: list[NameVariant] = []
    for variant in variants:
        if variant.key:
            (full if len(key_tokens(variant.key)) > 1 else single).append(variant)
    return full, single


def _split_characters(
    variants: Iterable[NameVariant],
) -> tuple[list[NameVariant], list[NameVariant]]:
    """Full names versus the shortened forms (first name, or title and surname)."""
    full, short = _split_by_length(variants)
    titled = [variant for variant in full if is_titled(variant.key)]
    plain = [variant for variant in full if not is_titled(variant.key)]
    return plain, short + titled


def _closest(clusters: Sequence[Cluster], key: str, threshold: float) -> Cluster | None:
    """The most similar cluster at or above ``threshold`` (the later one on a tie)."""
    best, best_score = None, threshold
    for cluster in clusters:
        score = max(Indel.normalized_similarity(key, other) for other in cluster.keys)
        if score >= best_score:
            best, best_score = cluster, score
    return best


class _KeyPool:
    """Clusters with every key indexed by length: :func:`_closest` at scale.

    :meth:`closest` gives the same answer as :func:`_closest` over :attr:`clusters` (the most
    similar, the later on a tie), but compares only keys whose length can reach the threshold,
    in rapidfuzz's C loops: clustering thousands of characters is no longer quadratic Python.
    """

    def __init__(self, threshold: float) -> None:
        self._threshold = threshold
        self.clusters: list[Cluster] = []
        self._by_length: dict[int, tuple[list[str], list[int]]] = {}
        self._numbers: dict[int, int] = {}

    def new_cluster(self) -> Cluster:
        cluster = Cluster()
        self._numbers[id(cluster)] = len(self.clusters)
        self.clusters.append(cluster)
        return cluster

    def add(self, cluster: Cluster, variant: NameVariant) -> None:
        cluster.variants.append(variant)
        keys, owners = self._by_length.setdefault(len(variant.key), ([], []))
        keys.append(variant.key)
        owners.append(self._numbers[id(cluster)])

    def closest(self, key: str) -> Cluster | None:
        best: tuple[float, int] | None = None
        size = len(key)
        slack = 1.0 - self._threshold + 1e-9
        for length, (keys, owners) in self._by_length.items():
            if abs(length - size) > slack * (length + size):
                continue  # the Indel distance alone keeps these below the threshold
            for _, score, position in process.extract(
                key,
                keys,
                scorer=Indel.normalized_similarity,
                score_cutoff=self._threshold,
                limit=None,
            ):
                candidate = (score, owners[position])
                if best is None or candidate > best:
                    best = candidate
        return None if best is None else self.clusters[best[1]]


def _index_by_token(clusters: Iterable[Cluster], position: int) -> dict[str, list[Cluster]]:
    index: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        for token in {key_tokens(key)[position] for key in cluster.keys}:
            index[token].append(cluster)
    return index
