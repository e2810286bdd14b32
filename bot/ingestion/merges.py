"""The moderators' merges of names (``/facts merge``) over the reconciled clusters.

:func:`bot.ingestion.entities.merged` applies them to the stored people and characters; a
:class:`Merged` lookup applies the same rule to the clusters an alert compares, so "What's
new" names people and characters as ``/cast`` and ``/crew`` show them after a merge.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from bot.db.corrections import NameMerge
from bot.ingestion.clusters import Cluster

Lookup = Callable[[str], Cluster | None]
"""The cluster of a name key (None: no such name)."""


class Merged:
    """``lookup`` with the merges of one kind applied, as :func:`bot.ingestion.entities.merged`
    applies them: the clusters a merge joins are one, shown by the canonical name of the newest
    merge among them (a canonical name ``lookup`` does not know renames the variant's cluster);
    a merge whose variant ``lookup`` does not know is not applied."""

    def __init__(self, lookup: Lookup, merges: Sequence[NameMerge]) -> None:
        self._lookup = lookup
        self._merges = merges
        self._links: dict[str, list[int]] = defaultdict(list)
        for number, merge in enumerate(merges):
            self._links[merge.variant_key].append(number)
            self._links[merge.canonical_key].append(number)
        self._joined: dict[frozenset[str], Cluster] = {}
        """One object per joined group, so the clusters compare by identity as unmerged ones do."""

    def __call__(self, key: str) -> Cluster | None:
        cluster = self._lookup(key)
        if cluster is None or not any(k in self._links for k in cluster.keys):
            return cluster
        group = {cluster.keys: cluster}
        pending = list(cluster.keys)
        newest = -1
        while pending:
            for number in self._links.get(pending.pop(), ()):
                merge = self._merges[number]
                variant = self._lookup(merge.variant_key)
                if variant is None:
                    continue
                newest = max(newest, number)
                canonical = self._lookup(merge.canonical_key)
                for end in (variant, canonical):
                    if end is not None and end.keys not in group:
                        group[end.keys] = end
                        pending.extend(end.keys)
        if newest < 0:
            return cluster
        keys = frozenset(key for joined in group for key in joined)
        found = self._joined.get(keys)
        if found is None:
            members = sorted(group.values(), key=lambda c: c.keys)
            found = self._joined[keys] = Cluster.joined(members, self._merges[newest].canonical)
        return found


def of_kind(merges: Sequence[NameMerge], kind: str) -> list[NameMerge]:
    """The merges of ``kind`` (``person`` or ``character``), oldest first."""
    return [merge for merge in merges if merge.kind == kind]
