"""Derive people and characters again after articles were written.

Reads every spelling of every name and every stated role, clusters them with
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
from dataclasses import dataclass, field

from bot.db import names
from bot.db.names import Entity
from bot.ingestion.reconcile import (
    SAME_CHARACTER_SIMILARITY,
    SAME_PERSON_SIMILARITY,
    Cluster,
    NameVariant,
    cluster_characters,
    cluster_people,
)
from bot.ingestion.similarity import SimilarKeys


@dataclass(frozen=True, slots=True)
class SimilarNames:
    """The similarity searches of both kinds of names, kept warm across reconciliations."""

    people: SimilarKeys = field(default_factory=lambda: SimilarKeys(SAME_PERSON_SIMILARITY))
    characters: SimilarKeys = field(default_factory=lambda: SimilarKeys(SAME_CHARACTER_SIMILARITY))


@dataclass(frozen=True, slots=True)
class Reconciled:
    """People and characters, each a cluster of spellings, numbered in list order."""

    people: Sequence[Cluster]
    characters: Sequence[Cluster]

    def person_numbers(self) -> dict[str, int]:
        """Each person name key's cluster number."""
        return _numbers(self.people)

    def character_numbers(self) -> dict[str, int]:
        """Each character name key's cluster number."""
        return _numbers(self.characters)


def reconcile_names(
    variants: Mapping[str, Sequence[NameVariant]],
    role_pairs: Iterable[tuple[str, str]],
    similar: SimilarNames | None = None,
) -> Reconciled:
    """Cluster every spelling into people and characters.

    ``variants``: spellings by kind (``person``, ``character``); ``role_pairs``: every
    (actor key, character key) some article states, which settles a first name two
    characters share.
    """
    similar = similar or SimilarNames()
    people = cluster_people(variants.get("person", ()), similar.people)
    person_of = _numbers(people)
    played_by: dict[str, set[int]] = defaultdict(set)
    for actor_key, character_key in role_pairs:
        if actor_key in person_of:
            played_by[character_key].add(person_of[actor_key])
    characters = cluster_characters(variants.get("character", ()), played_by, similar.characters)
    return Reconciled(people, characters)


def derive_entities(writer: sqlite3.Connection, similar: SimilarNames | None = None) -> None:
    """Re-derive people and characters from every name the articles use.

    ``similar``: a warm similarity search (from an ingest's ledger) makes this much cheaper.
    """
    variants: dict[str, list[NameVariant]] = defaultdict(list)
    for stored in names.name_variants(writer):
        variants[stored.kind].append(
            NameVariant(
                stored.key, stored.name, stored.articles, stored.published, stored.article_id
            )
        )
    reconciled = reconcile_names(variants, names.role_pairs(writer), similar)
    names.replace_entities(writer, "person", _entities(reconciled.people))
    names.replace_entities(writer, "character", _entities(reconciled.characters))
    names.names_derived(writer)


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


def _numbers(clusters: Sequence[Cluster]) -> dict[str, int]:
    return {key: number for number, cluster in enumerate(clusters) for key in cluster.keys}
