"""Derive people and characters again after articles were written.

Reads every spelling of every name, clusters them with
:func:`reconcile_names` (pure, over :mod:`bot.ingestion.reconcile`) and stores the result
(:mod:`bot.db.names`), inside the ingest's write transaction on the bulk ``writer``. The
alerts' "What's new" (:mod:`bot.ingestion.ledger`) reconciles with the same function, so an
alert names people exactly as the knowledge base will. The moderators' corrections of names
apply on top: the names in their castings are known even if no article uses them (an
article's spelling wins), and their merges join two entities under the canonical name.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import partial

from bot.db import names
from bot.db.corrections import NameMerge, moderator_castings, name_merges
from bot.db.names import Entity
from bot.ingestion.merges import of_kind
from bot.ingestion.reconcile import Actors, Cluster, Name, NameVariant, Reconciler, names_of


def reconcile_names(
    names: Mapping[str, Iterable[Name]], actors: Actors, reconciler: Reconciler | None = None
) -> Reconciler:
    """Every name as people and characters: the one place names become entities.

    ``names``: by kind (``person``, ``character``); ``actors``: who is cast as a character,
    which settles a first name two characters share. ``reconciler``: one that reconciled
    nearly the same names before only works out again what differs.
    """
    reconciler = reconciler or Reconciler()
    reconciler.sync(names, actors)
    return reconciler


def derive_entities(writer: sqlite3.Connection, reconciler: Reconciler | None = None) -> int:
    """Re-derive people and characters from every name the articles use; the generation of
    names stored (see :func:`bot.db.names.names_generation`).

    ``reconciler``: a warm one (from an ingest's ledger) makes this much cheaper.
    """
    variants: dict[str, list[NameVariant]] = defaultdict(list)
    for stored in names.name_variants(writer):
        variants[stored.kind].append(
            NameVariant(
                stored.key, stored.name, stored.articles, stored.published, stored.article_id
            )
        )
    castings = moderator_castings(writer)
    for kind, key, name in (
        *(("person", c.actor_key, c.actor) for c in castings),
        *(("character", c.character_key, c.character) for c in castings),
    ):
        if key and all(variant.key != key for variant in variants[kind]):
            # Used by no article: any article's spelling of the name is shown before it.
            variants[kind].append(NameVariant(key, name, 0, None, 0))
    reconciled = reconcile_names(
        {kind: names_of(found) for kind, found in variants.items()},
        partial(names.actors_of, writer),
        reconciler,
    )
    merges = name_merges(writer)
    for kind, clusters in (
        ("person", reconciled.people.clusters()),
        ("character", reconciled.characters.clusters()),
    ):
        names.replace_entities(writer, kind, merged(_entities(clusters), merges, kind))
    return names.names_derived(writer)


def _entities(clusters: Sequence[Cluster]) -> list[Entity]:
    """Each cluster's display name, and each of its keys under its most used spelling."""
    entities = []
    for cluster in clusters:
        best: dict[str, NameVariant] = {}
        for variant in cluster.variants:
            held = best.get(variant.key)
            if held is None or _usage(variant) > _usage(held):
                best[variant.key] = variant
        entities.append(Entity(cluster.name, [(key, v.name) for key, v in best.items()]))
    return entities


def _usage(variant: NameVariant) -> tuple[int, tuple[dt.date, int], str]:
    return (variant.articles, variant.recency, variant.name)


def merged(entities: list[Entity], merges: Sequence[NameMerge], kind: str) -> list[Entity]:
    """``entities`` with the merges of ``kind`` applied, oldest first: the variant's entity
    joins the canonical name's, shown by the canonical name. A canonical name no entity has
    renames the variant's entity (a moderator's spelling): it is shown and found by it. A
    merge whose variant is unknown is not applied (it stays in the log, unused)."""
    merges = of_kind(merges, kind)
    if not merges:
        return entities
    owner = {key: number for number, entity in enumerate(entities) for key, _ in entity.spellings}
    parent = list(range(len(entities)))
    shown: dict[int, str] = {}

    def root(number: int) -> int:
        while parent[number] != number:
            number = parent[number]
        return number

    renamed: dict[int, list[tuple[str, str]]] = {}
    for merge in merges:
        if merge.variant_key not in owner:
            continue
        variant = root(owner[merge.variant_key])
        if merge.canonical_key not in owner:  # a new spelling: the entity is renamed
            owner[merge.canonical_key] = variant
            renamed.setdefault(variant, []).append((merge.canonical_key, merge.canonical))
        canonical = root(owner[merge.canonical_key])
        parent[variant] = canonical
        shown[canonical] = merge.canonical
    groups: dict[int, list[tuple[str, str]]] = {}
    for number, entity in enumerate(entities):
        groups.setdefault(root(number), []).extend([*entity.spellings, *renamed.get(number, [])])
    return [
        Entity(shown.get(number, entities[number].name), spellings)
        for number, spellings in groups.items()
    ]
