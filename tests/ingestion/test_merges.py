"""The moderators' merges over reconciled clusters, as an alert's comparison sees them."""

from __future__ import annotations

import datetime as dt

from bot.db.corrections import NameMerge
from bot.db.names import Entity
from bot.ingestion.clusters import Cluster
from bot.ingestion.entities import merged
from bot.ingestion.merges import Merged
from bot.ingestion.reconcile import Name, NameVariant
from bot.names import name_key


def _cluster(*spellings: str) -> Cluster:
    return Cluster(
        Name.of([NameVariant(name_key(s), s, 1, dt.date(2025, 1, 1), 1)]) for s in spellings
    )


CLUSTERS = {
    key: cluster
    for cluster in (_cluster("Ada Quill", "Quill"), _cluster("Ada Quil"), _cluster("Sol Ferreira"))
    for key in cluster.keys
}


def _merge(variant: str, canonical: str) -> NameMerge:
    return NameMerge("person", name_key(variant), name_key(canonical), canonical)


def test_without_merges_the_clusters_are_as_reconciled() -> None:
    lookup = Merged(CLUSTERS.get, [])
    assert lookup(name_key("Quill")) is CLUSTERS[name_key("Ada Quill")]
    assert lookup(name_key("Nobody Known")) is None


def test_a_merge_joins_two_clusters_into_one_shown_by_its_canonical_name() -> None:
    lookup = Merged(CLUSTERS.get, [_merge("Ada Quil", "Ada Quill")])
    joined = lookup(name_key("Ada Quil"))
    assert joined is not None and joined.name == "Ada Quill"
    assert set(joined.keys) == {name_key("Ada Quill"), name_key("Quill"), name_key("Ada Quil")}
    assert lookup(name_key("Quill")) is joined  # one object for the group: compared by identity
    assert lookup(name_key("Sol Ferreira")) is CLUSTERS[name_key("Sol Ferreira")]


def test_merges_chain_and_the_newest_one_names_the_group() -> None:
    merges = [_merge("Ada Quil", "Ada Quill"), _merge("Ada Quill", "Sol Ferreira")]
    joined = Merged(CLUSTERS.get, merges)(name_key("Ada Quil"))
    assert joined is not None and joined.name == "Sol Ferreira"
    assert len(joined.keys) == 4


def test_a_merge_of_an_unknown_name_is_not_applied() -> None:
    lookup = Merged(CLUSTERS.get, [_merge("Nobody Known", "Ada Quil")])
    assert lookup(name_key("Ada Quil")) is CLUSTERS[name_key("Ada Quil")]


def test_a_merge_into_a_spelling_nobody_uses_renames_the_cluster() -> None:
    """As the stored people are renamed (:func:`bot.ingestion.entities.merged`)."""
    merge = _merge("Sol Ferreira", "Sol Ferreira-Lind")
    renamed = Merged(CLUSTERS.get, [merge])(name_key("Sol Ferreira"))
    assert renamed is not None and renamed.name == "Sol Ferreira-Lind"
    assert renamed.keys == CLUSTERS[name_key("Sol Ferreira")].keys
    (entity,) = merged(
        [Entity("Sol Ferreira", [(name_key("Sol Ferreira"), "Sol Ferreira")])], [merge], "person"
    )
    assert entity.name == "Sol Ferreira-Lind"
    assert (name_key("Sol Ferreira-Lind"), "Sol Ferreira-Lind") in entity.spellings
