"""Derive people and characters again after articles were written.

Reads every spelling of every name, clusters them with
:func:`reconcile_names` (pure, over :mod:`bot.ingestion.reconcile`) and stores the result
(:mod:`bot.db.names`), inside the ingest's write transaction on the bulk ``writer``. The
alerts' "What's new" (:mod:`bot.ingestion.ledger`) reconciles with the same function, so an
alert names people exactly as the knowledge base will.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import partial

from bot.db import names
from bot.db.names import Entity
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
    reconciled = reconcile_names(
        {kind: names_of(found) for kind, found in variants.items()},
        partial(names.actors_of, writer),
        reconciler,
    )
    names.replace_entities(writer, "person", _entities(reconciled.people.clusters()))
    names.replace_entities(writer, "character", _entities(reconciled.characters.clusters()))
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
