"""Derive people and characters again after articles were written.

Reads every name's newest spelling and every stated role, clusters them with
:mod:`bot.ingestion.reconcile` (pure) and stores the result (:mod:`bot.db.names`), inside the
ingest's write transaction on the bulk ``writer``.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from bot.db import names
from bot.db.names import Entity
from bot.ingestion.reconcile import Cluster, NameVariant, cluster_characters, cluster_people


def derive_entities(writer: sqlite3.Connection) -> None:
    """Re-derive people and characters from every name the articles use."""
    variants: dict[str, list[NameVariant]] = defaultdict(list)
    for stored in names.name_variants(writer):
        variants[stored.kind].append(
            NameVariant(stored.key, stored.name, stored.published, stored.article_id)
        )
    people = cluster_people(variants["person"])
    person_of = {key: number for number, cluster in enumerate(people) for key in cluster.keys}
    played_by: dict[str, set[int]] = defaultdict(set)
    for actor_key, character_key in names.role_pairs(writer):
        if actor_key in person_of:
            played_by[character_key].add(person_of[actor_key])
    characters = cluster_characters(variants["character"], played_by)
    names.replace_entities(writer, "person", _entities(people))
    names.replace_entities(writer, "character", _entities(characters))
    names.names_derived(writer)


def _entities(clusters: list[Cluster]) -> list[Entity]:
    return [
        Entity(cluster.name, [(variant.key, variant.name) for variant in cluster.variants])
        for cluster in clusters
    ]
