"""Name reconciliation: which spellings across articles name the same person or character.

Pure, over the spellings the articles used, each with how many articles use it. Articles
misspell people ("Marta Quill" for "Martha Quill"), shorten them to a surname or a first name
("Quill", "Martha"), and call characters by first name ("Juno") or title and surname
("Ms Vale"). A shortened name joins a known full name when, and only when, exactly one fits
(for characters, two that fit are settled by who plays them). An entity is shown under the
spelling most articles use (ties: the most recent), so one misspelt article never renames
anyone. The result is deterministic and independent of the order in which articles came.

A :class:`Reconciler` keeps the result and works out again only what a change of names can
affect (:mod:`.clusters`), so reconciling after every new article of a burst stays cheap;
:func:`cluster_people` and :func:`cluster_characters` reconcile from scratch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping

import msgspec

from bot.ingestion.clusters import Cluster, Kind, Name, NameVariant, bucket
from bot.ingestion.similarity import SimilarKeys

__all__ = [
    "Cluster",
    "Name",
    "NameVariant",
    "Reconciler",
    "cluster_characters",
    "cluster_people",
    "names_of",
]

SAME_PERSON_SIMILARITY = 0.85
SAME_CHARACTER_SIMILARITY = 0.9


def names_of(variants: Iterable[NameVariant]) -> list[Name]:
    """Spellings grouped by name key."""
    by_key: dict[str, list[NameVariant]] = defaultdict(list)
    for variant in variants:
        if variant.key:
            by_key[variant.key].append(variant)
    return [Name.of(found) for found in by_key.values()]


class Changed(msgspec.Struct, frozen=True):
    """What one :meth:`Reconciler.update` regrouped: the cluster each name key had before,
    for every key whose cluster was rebuilt (None: the key is new)."""

    people: Mapping[str, Cluster | None]
    characters: Mapping[str, Cluster | None]


Actors = Callable[[str], Iterable[str]]
"""The name keys of everyone cast as a character key."""


class Reconciler:
    """People and characters of a changing set of names, kept reconciled."""

    def __init__(self) -> None:
        self.people = Kind(SimilarKeys(SAME_PERSON_SIMILARITY, bucket), people=True)
        self.characters = Kind(SimilarKeys(SAME_CHARACTER_SIMILARITY), people=False)

    def update(self, names: Mapping[tuple[str, str], Name | None], actors: Actors) -> Changed:
        """Apply changed names (by (kind, key); None: no article uses it any more).

        ``actors`` says who is cast as a character now; it settles a first name two
        characters share (asked only then).
        """
        people = {key: name for (kind, key), name in names.items() if kind == "person"}
        characters = {key: name for (kind, key), name in names.items() if kind == "character"}
        changed_people = self.people.update(people)

        def played_by(character_key: str) -> set[Hashable]:
            found: set[Hashable] = set()
            for actor_key in actors(character_key):
                cluster = self.people.cluster_of.get(actor_key)
                if cluster is not None:
                    found.add(frozenset(cluster.keys))
            return found

        return Changed(changed_people, self.characters.update(characters, played_by))

    def sync(self, names: Mapping[str, Iterable[Name]], actors: Actors) -> None:
        """Make the names exactly ``names`` (by kind), changing only what differs."""
        changed: dict[tuple[str, str], Name | None] = {}
        for kind, engine in (("person", self.people), ("character", self.characters)):
            wanted = {name.key: name for name in names.get(kind, ())}
            changed |= {(kind, key): None for key in engine.names if key not in wanted}
            changed |= {
                (kind, key): name for key, name in wanted.items() if engine.names.get(key) != name
            }
        self.update(changed, actors)


def cluster_people(variants: Iterable[NameVariant]) -> list[Cluster]:
    """Person spellings reconciled from scratch, as :meth:`Reconciler.update` would."""
    reconciler = Reconciler()
    reconciler.update({("person", name.key): name for name in names_of(variants)}, _nobody)
    return reconciler.people.clusters()


def cluster_characters(
    variants: Iterable[NameVariant], played_by: Mapping[str, set[int]] | None = None
) -> list[Cluster]:
    """Character spellings reconciled from scratch; ``played_by`` maps a character key to
    the people (any identity) cast in it."""
    found = played_by or {}
    engine = Kind(SimilarKeys(SAME_CHARACTER_SIMILARITY), people=False)
    engine.update({name.key: name for name in names_of(variants)}, _lookup(found))
    return engine.clusters()


def _lookup(played_by: Mapping[str, set[int]]) -> Callable[[str], set[Hashable]]:
    return lambda key: set(played_by.get(key, ()))


def _nobody(character_key: str) -> Iterable[str]:
    return ()
