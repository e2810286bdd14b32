"""What one new article changed in the cast and crew: before and after it, compared.

Pure, over two views of the reconciled names (one before the article, one after) and the
stored statements. Who plays a character is decided as ``/cast`` decides it
(:func:`bot.db.people.current_actor` over its statements, newest first); a person's jobs are
those ``/crew`` lists. People and characters are matched across the two views by their name
keys, so a new spelling, a surname or a role that only gained a surname changes nothing, and
every change is said in the names the commands show afterwards. Only the characters and people
the article states something about, or whose spellings it regrouped, are compared.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Protocol

from bot.db.corrections import NameMerge
from bot.db.people import current_actor, shown_jobs
from bot.db.snapshot import CastChange, Contribution, CreditRow, CrewChange, RoleRow
from bot.ingestion.merges import Merged, of_kind
from bot.ingestion.reconcile import Changed, Cluster, Reconciler


class Statements(Protocol):
    """The served role statements and crew credits, read by name key."""

    def roles_of(self, character_keys: Collection[str]) -> list[RoleRow]:
        """The statements about these characters."""
        ...

    def roles_by(self, actor_keys: Collection[str]) -> list[RoleRow]:
        """The statements about these actors."""
        ...

    def credits_of(self, person_keys: Collection[str]) -> list[CreditRow]:
        """The credits of these people."""
        ...


class View:
    """People and characters as ``reconciler`` has them, or, given what its last update
    ``changed``, as it had them before; with the moderators' ``merges`` of names applied."""

    def __init__(
        self,
        reconciler: Reconciler,
        changed: Changed | None = None,
        merges: Sequence[NameMerge] = (),
    ) -> None:
        people, characters = reconciler.people.cluster_of, reconciler.characters.cluster_of
        people_before = changed.people if changed else {}
        characters_before = changed.characters if changed else {}

        def person(key: str) -> Cluster | None:
            return people_before[key] if key in people_before else people.get(key)

        def character(key: str) -> Cluster | None:
            return characters_before[key] if key in characters_before else characters.get(key)

        self.person = Merged(person, of_kind(merges, "person"))
        self.character = Merged(character, of_kind(merges, "character"))


def cast_changes(
    statements: Statements, changed: Changed, old: View, new: View, added: Contribution
) -> tuple[CastChange, ...]:
    """The characters whose actor the new article ``added`` changed, in its own order first."""
    people = _regrouped(changed.people, new.person)
    touched = [new.character(role.character_key) for role in added.roles]
    others = {new.character(key) for key in _regrouped(changed.characters, new.character)}
    others |= {new.character(role.character_key) for role in statements.roles_by(people)}
    changes = []
    listed = [*touched, *sorted((c for c in others if c), key=lambda c: c.keys)]
    for character in dict.fromkeys(listed):
        if character is None:
            continue
        change = _cast_change(statements, old, new, character, added.article_id)
        if change is not None:
            changes.append(change)
    return tuple(changes)


def _cast_change(
    statements: Statements, old: View, new: View, character: Cluster, article_id: int
) -> CastChange | None:
    now = actor(statements, new, character)
    before = {old.character(key) for key in character.keys} - {None}
    was = [
        person
        for earlier in sorted((c for c in before if c), key=lambda c: c.keys)
        if (person := actor(statements, old, earlier, article_id)) is not None
    ]
    previous = _shown(new, was[0]) if was else None
    if now is None:
        return CastChange(character.name, None, previous) if was else None
    if any(set(now.keys) & set(person.keys) for person in was):
        return None
    return CastChange(character.name, now.name, previous)


def actor(
    statements: Statements, names: View, character: Cluster, without: int | None = None
) -> Cluster | None:
    """Who plays ``character`` in ``names``, leaving out the statements of article
    ``without``."""
    rows = [
        (role, person)
        for role in statements.roles_of(character.keys)
        if role.article_id != without and (person := names.person(role.actor_key)) is not None
    ]
    rows.sort(key=lambda row: row[0].newest, reverse=True)
    return current_actor((person, role.left) for role, person in rows)


def crew_changes(
    statements: Statements, changed: Changed, old: View, new: View, added: Contribution
) -> tuple[CrewChange, ...]:
    """The crew credits ``/crew`` shows after the new article ``added`` and did not before."""
    touched = [new.person(credit.person_key) for credit in added.credits]
    others = {new.person(key) for key in _regrouped(changed.people, new.person)}
    changes: list[CrewChange] = []
    listed = [*touched, *sorted((c for c in others if c), key=lambda c: c.keys)]
    for person in dict.fromkeys(listed):
        if person is None:
            continue
        before: set[str] = set()
        for earlier in {old.person(key) for key in person.keys} - {None}:
            if earlier is not None:
                before |= _jobs(statements, earlier, added.article_id)
        now = _jobs(statements, person)
        own = [c.role for c in added.credits if new.person(c.person_key) is person]
        for role in dict.fromkeys([*own, *sorted(now)]):
            if role in now and role not in before:
                changes.append(CrewChange(person.name, role))
    return tuple(changes)


def _jobs(statements: Statements, person: Cluster, without: int | None = None) -> set[str]:
    """The crew roles ``/crew`` lists ``person`` under, leaving out article ``without``."""
    return shown_jobs(c.role for c in statements.credits_of(person.keys) if c.article_id != without)


def _shown(names: View, person: Cluster) -> str:
    """How a person is shown in ``names`` (as they were shown, if no longer there)."""
    for key in person.keys:
        found = names.person(key)
        if found is not None:
            return found.name
    return person.name


def _regrouped(
    before: Mapping[str, Cluster | None], now: Callable[[str], Cluster | None]
) -> set[str]:
    """The keys of every cluster whose keys changed, given each rebuilt key's cluster
    ``before`` and a lookup of the clusters ``now``."""
    keys: set[str] = set()
    for key, old in before.items():
        new = now(key)
        old_keys = frozenset(old.keys) if old else frozenset()
        new_keys = frozenset(new.keys) if new else frozenset()
        if old_keys != new_keys:
            keys |= old_keys | new_keys
    return keys


def served_changes(  # noqa: PLR0917 - the two sides of one comparison
    before: Statements,
    after: Statements,
    old: View,
    new: View,
    roles: Collection[RoleRow],
    credits: Collection[CreditRow],
) -> tuple[tuple[CastChange, ...], tuple[CrewChange, ...]]:
    """What a stored article's statements ``roles`` and ``credits`` changed once served (a
    moderator approved them): the cast and crew with them (``after``, ``new``) compared with
    the statements and names from ``before`` they were served (``before``, ``old``)."""
    cast: list[CastChange] = []
    for character in dict.fromkeys(new.character(role.character_key) for role in roles):
        if character is None:
            continue
        now = actor(after, new, character)
        earlier = {old.character(key) for key in character.keys} - {None}
        was = [
            person
            for then in sorted((c for c in earlier if c), key=lambda c: c.keys)
            if (person := actor(before, old, then)) is not None
        ]
        if now is None or any(set(now.keys) & set(person.keys) for person in was):
            continue
        cast.append(CastChange(character.name, now.name, _shown(new, was[0]) if was else None))
    crew: list[CrewChange] = []
    for person in dict.fromkeys(new.person(credit.person_key) for credit in credits):
        if person is None:
            continue
        had: set[str] = set()
        for then in {old.person(key) for key in person.keys} - {None}:
            if then is not None:
                had |= _jobs(before, then)
        crew += [CrewChange(person.name, role) for role in sorted(_jobs(after, person) - had)]
    return tuple(cast), tuple(crew)
