"""The reconciled knowledge during one ingest: what each new article changes.

An alert's "What's new" is the difference between the reconciled knowledge just before and
just after its article, in the names ``/cast``, ``/crew`` and ``/release-date`` show right
afterwards. A :class:`Ledger` reads every name's spellings when an ingest meets its first new
article to alert (on the bulk ``writer``, inside the write transaction), reconciles them once,
then learns every article stored after that, new or changed: its names are reconciled again
with the same :class:`~bot.ingestion.reconcile.Reconciler` that derives the stored people and
characters, which works out again only what those names can affect. A burst of new files
costs a few milliseconds an article, however many names the knowledge base holds. Cast and
crew are compared for what the article touched (:mod:`.changes`), the release facts by asking
the database what ``/release-date`` says.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from functools import partial

from bot.answers.lookups import ReleaseInfo
from bot.db import names, snapshot
from bot.db.corrections import name_merges
from bot.db.release import release_info_now
from bot.db.snapshot import CreditRow, KnowledgeChange, NewQuote, RoleRow
from bot.facts import ArticleFacts, QuoteFact, SourceKind
from bot.ingestion.changes import View, cast_changes, crew_changes, served_changes
from bot.ingestion.reconcile import Changed, Name, NameVariant, Reconciler
from bot.names import name_key


class Ledger:
    """Every name of the stored articles, reconciled, kept in step article by article."""

    def __init__(self, writer: sqlite3.Connection) -> None:
        self.reconciler = Reconciler()
        """In step with the stored articles: deriving the stored entities with it is cheap."""
        spellings = _names(names.current_spellings(writer))
        self.reconciler.update(spellings, partial(names.actors_of, writer))
        self._merges = name_merges(writer)
        """The moderators' merges: a merge ends the ledger (it derives the names again, which
        a kept ledger must be in step with), so they are read once."""
        self._release: ReleaseInfo | None = None

    def store(
        self, writer: sqlite3.Connection, file_name: str, save: Callable[[], object]
    ) -> Changed:
        """Run ``save``, which stores the article of ``file_name``, and learn what it stored;
        what that regrouped."""
        before = snapshot.contribution(writer, file_name)
        save()
        after = snapshot.contribution(writer, file_name)
        touched: set[tuple[str, str]] = set()
        for contribution in (before, after):
            if contribution is not None:
                touched |= contribution.names
                if contribution.release:
                    self._release = None
        changed: dict[tuple[str, str], Name | None] = dict.fromkeys(touched)
        changed |= _names(names.spellings_of(writer, touched))
        return self.reconciler.update(changed, partial(names.actors_of, writer))

    def store_new(
        self,
        writer: sqlite3.Connection,
        file_name: str,
        facts: ArticleFacts,
        save: Callable[[], object],
    ) -> KnowledgeChange:
        """:meth:`store` for a file not stored before, and what its article changed."""
        release_before = self.release(writer)
        changed = self.store(writer, file_name, save)
        added = snapshot.contribution(writer, file_name)
        assert added is not None, "save() stores the article"
        stored = _Stored(writer)
        old = View(self.reconciler, changed, self._merges)
        new = View(self.reconciler, merges=self._merges)
        return KnowledgeChange(
            cast=cast_changes(stored, changed, old, new, added),
            crew=crew_changes(stored, changed, old, new, added),
            release_before=release_before,
            release_after=self.release(writer),
            quotes=_new_quotes(writer, file_name, facts, new),
        )

    def store_approved(
        self, writer: sqlite3.Connection, file_name: str, save: Callable[[], object]
    ) -> KnowledgeChange:
        """:meth:`store` for a stored article more of whose facts members may now be told (a
        moderator approved them), and what that changed."""
        release_before = self.release(writer)
        served_before = snapshot.contribution(writer, file_name)
        changed = self.store(writer, file_name, save)
        served_after = snapshot.contribution(writer, file_name)
        assert served_before is not None and served_after is not None, "the article is stored"
        had_roles = {_identity(role) for role in served_before.roles}
        roles = [role for role in served_after.roles if _identity(role) not in had_roles]
        credits = [c for c in served_after.credits if c not in served_before.credits]
        stored = _Stored(writer)
        cast, crew = served_changes(
            _Without(stored, roles, credits),
            stored,
            View(self.reconciler, changed, self._merges),
            View(self.reconciler, merges=self._merges),
            roles,
            credits,
        )
        return KnowledgeChange(
            cast=cast,
            crew=crew,
            release_before=release_before,
            release_after=self.release(writer),
            quotes=(),
        )

    def release(self, writer: sqlite3.Connection) -> ReleaseInfo:
        """What ``/release-date`` says about everything learnt so far (but for ``as_of``,
        which is only read again when the release facts change)."""
        if self._release is None:
            self._release = release_info_now(writer)
        return self._release


def _names(stored: Iterable[names.StoredVariant]) -> dict[tuple[str, str], Name | None]:
    """Spellings as names, by (kind, key)."""
    spellings: dict[tuple[str, str], list[NameVariant]] = defaultdict(list)
    for v in stored:
        spellings[(v.kind, v.key)].append(
            NameVariant(v.key, v.name, v.articles, v.published, v.article_id)
        )
    return {name: Name.of(found) for name, found in spellings.items()}


class _Stored:
    """The statements as stored in the ingest's transaction so far (see
    :class:`~bot.ingestion.changes.Statements`)."""

    def __init__(self, writer: sqlite3.Connection) -> None:
        self._writer = writer

    def roles_of(self, character_keys: Collection[str]) -> list[RoleRow]:
        return snapshot.roles_of(self._writer, character_keys)

    def roles_by(self, actor_keys: Collection[str]) -> list[RoleRow]:
        return snapshot.roles_by(self._writer, actor_keys)

    def credits_of(self, person_keys: Collection[str]) -> list[CreditRow]:
        return snapshot.credits_of(self._writer, person_keys)


def _identity(role: RoleRow) -> tuple[int, str, str, bool]:
    """A role statement, whatever row it is stored in now."""
    return (role.article_id, role.actor_key, role.character_key, role.left)


class _Without:
    """The stored statements but ``roles`` and ``credits``: as they were before those were
    served."""

    def __init__(
        self, stored: _Stored, roles: Collection[RoleRow], credits: Collection[CreditRow]
    ) -> None:
        self._stored = stored
        self._roles = {_identity(role) for role in roles}
        self._credits = set(credits)

    def roles_of(self, character_keys: Collection[str]) -> list[RoleRow]:
        found = self._stored.roles_of(character_keys)
        return [role for role in found if _identity(role) not in self._roles]

    def roles_by(self, actor_keys: Collection[str]) -> list[RoleRow]:
        found = self._stored.roles_by(actor_keys)
        return [role for role in found if _identity(role) not in self._roles]

    def credits_of(self, person_keys: Collection[str]) -> list[CreditRow]:
        return [c for c in self._stored.credits_of(person_keys) if c not in self._credits]


def _new_quotes(
    writer: sqlite3.Connection, file_name: str, facts: ArticleFacts, names: View
) -> tuple[NewQuote, ...]:
    """The article's served quotes no other article has, each speaker as ``/quote`` shows."""
    served = [quote for quote in facts.quotes if quote.served]
    elsewhere = snapshot.quoted_elsewhere(writer, [quote.text for quote in served], file_name)
    fresh = {quote.text: quote for quote in served if quote.text not in elsewhere}
    return tuple(NewQuote(q.text, _speaker(q, names), q.fragment) for q in fresh.values())


def _speaker(quote: QuoteFact, names: View) -> str:
    if quote.source is SourceKind.UNATTRIBUTED:
        return ""
    if quote.source is SourceKind.PERSON:
        person = names.person(name_key(quote.speaker))
        return person.name if person is not None else quote.speaker
    return quote.speaker
