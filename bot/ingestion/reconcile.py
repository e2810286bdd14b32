"""Name reconciliation: which spellings across articles name the same person or character.

Pure functions over the spellings the articles used, each with how many articles use it.
Articles misspell people ("Marta Quill" for "Martha Quill"), shorten them to a surname or a
first name ("Quill", "Martha"), and call characters by first name ("Juno") or title and
surname ("Ms Vale"). A shortened name joins a known full name when, and only when, exactly one
fits. An entity is shown under the spelling most articles use (ties: the most recent), so one
misspelt article never renames anyone. The result is deterministic and independent of the
order in which articles were ingested.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from bot.ingestion.similarity import SimilarKeys
from bot.names import is_titled, key_tokens

SAME_PERSON_SIMILARITY = 0.85
SAME_CHARACTER_SIMILARITY = 0.9


@dataclass(frozen=True, slots=True)
class NameVariant:
    """One spelling of a name: how many articles use it, and the newest of them."""

    key: str
    name: str
    articles: int
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
        return list(dict.fromkeys(variant.key for variant in self.variants))


@functools.lru_cache(maxsize=65536)
def _shape(key: str) -> tuple[bool, int]:
    """Whether a key is plain (not "Ms Vale"), and its word count up to two."""
    return (not is_titled(key), min(len(key_tokens(key)), 2))


def _display_rank(variant: NameVariant) -> tuple[bool, int, int, tuple[dt.date, int], str]:
    """Full plain names first, then the spelling most articles use, then the most recent."""
    return (*_shape(variant.key), variant.articles, variant.recency, variant.name)


@dataclass(slots=True)
class _Name:
    """Every spelling of one name key."""

    key: str
    tokens: list[str]
    variants: list[NameVariant]


def _names(variants: Iterable[NameVariant]) -> list[_Name]:
    """Variants grouped by key, the most used and most recent first (then by key)."""
    by_key: dict[str, list[NameVariant]] = defaultdict(list)
    for variant in variants:
        if variant.key:
            by_key[variant.key].append(variant)
    names = [_Name(key, key_tokens(key), found) for key, found in sorted(by_key.items())]
    names.sort(
        key=lambda name: (
            sum(v.articles for v in name.variants),
            max(v.recency for v in name.variants),
        ),
        reverse=True,
    )  # stable: equal ranks stay in key order
    return names


def cluster_people(
    variants: Iterable[NameVariant], similar: SimilarKeys | None = None
) -> list[Cluster]:
    """Group person spellings: near-identical full names, then each lone surname or first
    name with the one full name it fits (alone when none or several fit).

    ``similar``: the neighbours found so far, to reuse across calls (its threshold must be
    :data:`SAME_PERSON_SIMILARITY`).
    """
    names = _names(variants)
    full = [name for name in names if len(name.tokens) > 1]
    single = sorted((name for name in names if len(name.tokens) == 1), key=lambda n: n.key)
    similar = similar or SimilarKeys(SAME_PERSON_SIMILARITY)
    clusters = _place(
        full, similar, block=lambda n: (n.tokens[0][0], n.tokens[-1][0], len(n.tokens))
    )

    owners = _index_by_token(clusters, positions=(0, -1))
    for name in single:
        fits = owners.get(name.key, [])
        if len(fits) == 1:
            clusters[fits[0]].variants.extend(name.variants)
        else:
            clusters.append(Cluster(list(name.variants)))
    return clusters


def cluster_characters(
    variants: Iterable[NameVariant],
    played_by: dict[str, set[int]] | None = None,
    similar: SimilarKeys | None = None,
) -> list[Cluster]:
    """Group character spellings: "Juno" and "Ms Vale" join the full name they shorten.

    ``played_by`` maps a character key to the people (cluster numbers) cast in it; it settles
    a first name shared by two full names in favour of the one the same actor plays.
    ``similar``: as for :func:`cluster_people`, at :data:`SAME_CHARACTER_SIMILARITY`.
    """
    played_by = played_by or {}
    names = _names(variants)
    plain = [n for n in names if len(n.tokens) > 1 and not is_titled(n.key)]
    short = sorted(
        (n for n in names if len(n.tokens) == 1 or is_titled(n.key)), key=lambda n: n.key
    )
    clusters = _place(plain, similar or SimilarKeys(SAME_CHARACTER_SIMILARITY), block=None)

    by_first = _index_by_token(clusters, positions=(0,))
    by_last = _index_by_token(clusters, positions=(-1,))
    for name in short:
        titled = is_titled(name.key)
        candidates = (
            by_last.get(name.tokens[-1], []) if titled else by_first.get(name.tokens[0], [])
        )
        owner = _pick_owner(
            [clusters[number] for number in candidates],
            played_by.get(name.key, set()),
            played_by,
        )
        if owner is None:
            clusters.append(Cluster(list(name.variants)))
        else:
            owner.variants.extend(name.variants)
    return clusters


def _place(
    names: Sequence[_Name],
    similar: SimilarKeys,
    block: Callable[[_Name], Hashable] | None,
) -> list[Cluster]:
    """Greedy clustering: each name joins the cluster holding its most similar name (within
    its ``block``; the later cluster on a tie), or starts a new one."""
    clusters: list[Cluster] = []
    placed: dict[str, tuple[int, Hashable]] = {}
    for name in names:
        mine = block(name) if block is not None else None
        best: tuple[float, int] | None = None
        for other, score in similar.neighbours(name.key).items():
            found = placed.get(other)
            if found is None or found[1] != mine:
                continue
            if best is None or (score, found[0]) > best:
                best = (score, found[0])
        if best is None:
            number = len(clusters)
            clusters.append(Cluster())
        else:
            number = best[1]
        clusters[number].variants.extend(name.variants)
        placed[name.key] = (number, mine)
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


def _index_by_token(
    clusters: Sequence[Cluster], positions: tuple[int, ...]
) -> dict[str, list[int]]:
    """Cluster numbers by the words at ``positions`` of their keys (each cluster once)."""
    index: dict[str, list[int]] = defaultdict(list)
    for number, cluster in enumerate(clusters):
        tokens = {key_tokens(key)[p] for key in cluster.keys for p in positions}
        for token in sorted(tokens):
            index[token].append(number)
    return index
