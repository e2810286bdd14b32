"""Derive people and characters again after articles were written.

Reads every name's newest spelling and every stated role, clusters them with
:mod:`bot.ingestion.reconcile` (pure) and stores the result (:mod:`bot.db.names`), inside the
ingest's write transaction on the bulk ``writer``. The moderators' corrections of names apply
on top: the names in their castings are known even if no article uses them (an article's
spelling wins), and their merges join two clusters under the canonical name.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence

from bot.db import names
from bot.db.corrections import NameMerge, moderator_castings, name_merges
from bot.db.names import Entity
from bot.ingestion.reconcile import Cluster, NameVariant, cluster_characters, cluster_people


def derive_entities(writer: sqlite3.Connection) -> None:
    """Re-derive people and characters from every name the articles use."""
    variants: dict[str, list[NameVariant]] = defaultdict(list)
    for stored in names.name_variants(writer):
        variants[stored.kind].append(
            NameVariant(stored.key, stored.name, stored.published, stored.article_id)
        )
    castings = moderator_castings(writer)
    for kind, key, name in (
        *(("person", c.actor_key, c.actor) for c in castings),
        *(("character", c.character_key, c.character) for c in castings),
    ):
        if key and all(variant.key != key for variant in variants[kind]):
            # Oldest of all: any article's spelling of the name is shown before the moderators'.
            variants[kind].append(NameVariant(key, name, None, 0))
    merges = name_merges(writer)
    people = merged(_entities(cluster_people(variants["person"])), merges, "person")
    person_of = {key: number for number, person in enumerate(people) for key, _ in person.spellings}
    played_by: dict[str, set[int]] = defaultdict(set)
    pairs = [*names.role_pairs(writer), *((c.actor_key, c.character_key) for c in castings)]
    for actor_key, character_key in pairs:
        if actor_key in person_of:
            played_by[character_key].add(person_of[actor_key])
    characters = cluster_characters(variants["character"], played_by)
    names.replace_entities(writer, "person", people)
    names.replace_entities(writer, "character", merged(_entities(characters), merges, "character"))
    names.names_derived(writer)


def _entities(clusters: list[Cluster]) -> list[Entity]:
    return [
        Entity(cluster.name, [(variant.key, variant.name) for variant in cluster.variants])
        for cluster in clusters
    ]


def merged(entities: list[Entity], merges: Sequence[NameMerge], kind: str) -> list[Entity]:
    """``entities`` with the merges of ``kind`` applied, oldest first: the variant's entity
    joins the canonical name's, shown by the canonical name. A merge naming an unknown name
    is not applied (it stays in the log, unused)."""
    merges = [merge for merge in merges if merge.kind == kind]
    if not merges:
        return entities
    owner = {key: number for number, entity in enumerate(entities) for key, _ in entity.spellings}
    parent = list(range(len(entities)))
    shown: dict[int, str] = {}

    def root(number: int) -> int:
        while parent[number] != number:
            number = parent[number]
        return number

    for merge in merges:
        if merge.variant_key not in owner or merge.canonical_key not in owner:
            continue
        variant, canonical = root(owner[merge.variant_key]), root(owner[merge.canonical_key])
        parent[variant] = canonical
        shown[canonical] = merge.canonical
    groups: dict[int, list[tuple[str, str]]] = {}
    for number, entity in enumerate(entities):
        groups.setdefault(root(number), []).extend(entity.spellings)
    return [
        Entity(shown.get(number, entities[number].name), spellings)
        for number, spellings in groups.items()
    ]
