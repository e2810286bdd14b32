"""What one new article changed in the cast and crew: before and after it, compared.

Pure, over the ledger's rows in memory (:mod:`.ledger`) and two reconciliations of the names,
one without the article and one with it. Who plays a character is decided as ``/cast`` decides
it (:func:`bot.db.people.current_actor` over its statements, newest first); a person's jobs are
those ``/crew`` lists. People and characters are matched across the two reconciliations by
their name keys, so a new spelling, a surname or a role that only gained a surname changes
nothing, and every change is said in the names the commands show afterwards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.db.people import current_actor
from bot.db.snapshot import CastChange, Contribution, CreditRow, CrewChange, RoleRow
from bot.ingestion.entities import Reconciled
from bot.ingestion.reconcile import Cluster


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """People and characters, with each name key's cluster number and each cluster's keys."""

    people: Sequence[Cluster]
    characters: Sequence[Cluster]
    person_of: dict[str, int]
    character_of: dict[str, int]
    person_groups: frozenset[frozenset[str]]
    character_groups: frozenset[frozenset[str]]

    @classmethod
    def of(cls, names: Reconciled) -> Reconciliation:
        return cls(
            names.people,
            names.characters,
            names.person_numbers(),
            names.character_numbers(),
            frozenset(frozenset(c.keys) for c in names.people),
            frozenset(frozenset(c.keys) for c in names.characters),
        )

    def person_name(self, keys: Iterable[str], fallback: str) -> str:
        """How the person holding any of ``keys`` is shown (``fallback`` if none does)."""
        for key in keys:
            if key in self.person_of:
                return self.people[self.person_of[key]].name
        return fallback


class Statements:
    """Every served role and credit, indexed by name key."""

    def __init__(self) -> None:
        self._by_character: dict[str, list[RoleRow]] = defaultdict(list)
        self.by_actor: dict[str, list[RoleRow]] = defaultdict(list)
        self._by_person: dict[str, list[CreditRow]] = defaultdict(list)

    def add(self, roles: Iterable[RoleRow], credits: Iterable[CreditRow]) -> None:
        for role in roles:
            self._by_character[role.character_key].append(role)
            self.by_actor[role.actor_key].append(role)
        for credit in credits:
            self._by_person[credit.person_key].append(credit)

    def remove(self, roles: Iterable[RoleRow], credits: Iterable[CreditRow]) -> None:
        for role in roles:
            self._by_character[role.character_key].remove(role)
            self.by_actor[role.actor_key].remove(role)
        for credit in credits:
            self._by_person[credit.person_key].remove(credit)

    def actor(
        self, names: Reconciliation, character: Cluster, without: int | None = None
    ) -> int | None:
        """Who plays ``character`` (a person's number in ``names``), leaving out the
        statements of article ``without``."""
        rows = [
            role
            for key in character.keys
            for role in self._by_character.get(key, ())
            if role.actor_key in names.person_of and role.article_id != without
        ]
        rows.sort(key=lambda role: role.newest, reverse=True)
        return current_actor((names.person_of[role.actor_key], role.left) for role in rows)

    def jobs(self, person: Cluster, without: int | None = None) -> set[str]:
        """The crew roles ``/crew`` lists ``person`` under, leaving out article ``without``."""
        return {
            credit.role
            for key in person.keys
            for credit in self._by_person.get(key, ())
            if credit.article_id != without
        }


def cast_changes(
    statements: Statements, old: Reconciliation, new: Reconciliation, added: Contribution
) -> tuple[CastChange, ...]:
    """The characters whose actor the new article ``added`` changed, in its own order first."""
    regrouped = regrouped_people(old, new)
    touched = [new.character_of.get(role.character_key) for role in added.roles]
    others = {
        number
        for number, cluster in enumerate(new.characters)
        if frozenset(cluster.keys) not in old.character_groups
    }
    others |= {
        new.character_of[role.character_key]
        for key in regrouped
        for role in statements.by_actor.get(key, ())
        if role.character_key in new.character_of
    }
    changes = []
    for number in dict.fromkeys([*touched, *sorted(others)]):
        if number is None:
            continue
        change = _cast_change(statements, old, new, new.characters[number], added.article_id)
        if change is not None:
            changes.append(change)
    return tuple(changes)


def _cast_change(
    statements: Statements,
    old: Reconciliation,
    new: Reconciliation,
    character: Cluster,
    article_id: int,
) -> CastChange | None:
    now = statements.actor(new, character)
    before = sorted({old.character_of[key] for key in character.keys if key in old.character_of})
    was = [
        actor
        for number in before
        if (actor := statements.actor(old, old.characters[number], article_id)) is not None
    ]
    previous = new.person_name(old.people[was[0]].keys, old.people[was[0]].name) if was else None
    if now is None:
        return CastChange(character.name, None, previous) if was else None
    same = set(new.people[now].keys)
    if any(same & set(old.people[actor].keys) for actor in was):
        return None
    return CastChange(character.name, new.people[now].name, previous)


def crew_changes(
    statements: Statements, old: Reconciliation, new: Reconciliation, added: Contribution
) -> tuple[CrewChange, ...]:
    """The crew credits ``/crew`` shows after the new article ``added`` and did not before."""
    regrouped = regrouped_people(old, new)
    touched = [new.person_of.get(credit.person_key) for credit in added.credits]
    others = sorted({new.person_of[key] for key in regrouped if key in new.person_of})
    changes: list[CrewChange] = []
    for number in dict.fromkeys([*touched, *others]):
        if number is None:
            continue
        person = new.people[number]
        before: set[str] = set()
        for old_number in {old.person_of[key] for key in person.keys if key in old.person_of}:
            before |= statements.jobs(old.people[old_number], added.article_id)
        now = statements.jobs(person)
        own = [c.role for c in added.credits if new.person_of.get(c.person_key) == number]
        for role in dict.fromkeys([*own, *sorted(now)]):
            if role in now and role not in before:
                changes.append(CrewChange(person.name, role))
    return tuple(changes)


def regrouped_people(old: Reconciliation, new: Reconciliation) -> set[str]:
    """The name keys of every person whose spellings are not grouped the same before and after."""
    return {
        key
        for groups, other in (
            (old.person_groups, new.person_groups),
            (new.person_groups, old.person_groups),
        )
        for group in groups - other
        for key in group
    }
