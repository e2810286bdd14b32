"""The reconciled knowledge during one ingest, in memory: what each new article changes.

An alert's "What's new" is the difference between the reconciled knowledge just before and
just after its article, in the names ``/cast``, ``/crew`` and ``/release-date`` show right
afterwards. A :class:`Ledger` is read from the database when an ingest meets its first new
article to alert (on the bulk ``writer``, inside the write transaction), then learns every
article stored after that, new or changed. After each new article the names are reconciled
again with :func:`~bot.ingestion.entities.reconcile_names`, the very function that derives
the stored people and characters, its similarity search kept warm: a burst of new files costs
a few milliseconds each, even over thousands of names. Only the characters and people the
article touches, or whose spellings it regrouped, are compared (:mod:`.changes`).
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from bot.answers.lookups import ReleaseInfo
from bot.db import names, snapshot
from bot.db.release import release_info_now
from bot.db.snapshot import Contribution, KnowledgeChange, NewQuote
from bot.facts import ArticleFacts, QuoteFact, SourceKind
from bot.ingestion.changes import Reconciliation, Statements, cast_changes, crew_changes
from bot.ingestion.entities import SimilarNames, reconcile_names
from bot.ingestion.reconcile import NameVariant
from bot.names import name_key


class Ledger:
    """The spellings, roles and credits of every stored article, reconciled on demand."""

    def __init__(self, writer: sqlite3.Connection) -> None:
        self.similar = SimilarNames()
        """Warm similarity searches, to derive the stored people and characters with too."""
        self._spellings: dict[tuple[str, str], dict[str, NameVariant]] = {}
        """Each name's spellings, by (kind, name key)."""
        self._keep_spellings(names.current_spellings(writer))
        self._statements = Statements()
        self._pairs: Counter[tuple[str, str]] = Counter()
        roles = snapshot.served_roles(writer)
        self._statements.add(roles, snapshot.served_credits(writer))
        self._pairs.update((role.actor_key, role.character_key) for role in roles)
        self._reconciled: Reconciliation | None = None
        self._release: ReleaseInfo | None = None

    def store(self, writer: sqlite3.Connection, file_name: str, save: Callable[[], object]) -> None:
        """Run ``save``, which stores the article of ``file_name``, and learn what it stored."""
        before = snapshot.contribution(writer, file_name)
        save()
        after = snapshot.contribution(writer, file_name)
        self._learn(before, after)
        touched = (before.names if before else frozenset()) | (after.names if after else set())
        for name in touched:
            self._spellings.pop(name, None)
        self._keep_spellings(names.spellings_of(writer, touched))
        self._reconciled = None
        if any(c is not None and c.release for c in (before, after)):
            self._release = None

    def store_new(
        self,
        writer: sqlite3.Connection,
        file_name: str,
        facts: ArticleFacts,
        save: Callable[[], object],
    ) -> KnowledgeChange:
        """:meth:`store` for a file not stored before, and what its article changed."""
        old, release_before = self.reconciled(), self.release(writer)
        self.store(writer, file_name, save)
        new, release_after = self.reconciled(), self.release(writer)
        added = snapshot.contribution(writer, file_name)
        assert added is not None, "save() stores the article"
        return KnowledgeChange(
            cast=cast_changes(self._statements, old, new, added),
            crew=crew_changes(self._statements, old, new, added),
            release_before=release_before,
            release_after=release_after,
            quotes=_new_quotes(writer, file_name, facts, new),
        )

    def reconciled(self) -> Reconciliation:
        """The names of everything learnt so far, as people and characters."""
        if self._reconciled is None:
            variants: dict[str, list[NameVariant]] = defaultdict(list)
            for (kind, _), spellings in self._spellings.items():
                variants[kind].extend(spellings.values())
            self._reconciled = Reconciliation.of(
                reconcile_names(variants, self._pairs, self.similar)
            )
        return self._reconciled

    def release(self, writer: sqlite3.Connection) -> ReleaseInfo:
        """What ``/release-date`` says about everything learnt so far (but for ``as_of``,
        which is only read again when the release facts change)."""
        if self._release is None:
            self._release = release_info_now(writer)
        return self._release

    def _learn(self, before: Contribution | None, after: Contribution | None) -> None:
        if before is not None:
            self._statements.remove(before.roles, before.credits)
            self._pairs.subtract((r.actor_key, r.character_key) for r in before.roles)
            self._pairs = +self._pairs  # drop pairs no article states any more
        if after is not None:
            self._statements.add(after.roles, after.credits)
            self._pairs.update((r.actor_key, r.character_key) for r in after.roles)

    def _keep_spellings(self, stored: Iterable[names.StoredVariant]) -> None:
        for v in stored:
            self._spellings.setdefault((v.kind, v.key), {})[v.name] = NameVariant(
                v.key, v.name, v.articles, v.published, v.article_id
            )


def _new_quotes(
    writer: sqlite3.Connection, file_name: str, facts: ArticleFacts, names: Reconciliation
) -> tuple[NewQuote, ...]:
    """The article's served quotes no other article has, each speaker as ``/quote`` shows."""
    served = [quote for quote in facts.quotes if quote.served]
    elsewhere = snapshot.quoted_elsewhere(writer, [quote.text for quote in served], file_name)
    fresh = {quote.text: quote for quote in served if quote.text not in elsewhere}
    return tuple(NewQuote(q.text, _speaker(q, names), q.fragment) for q in fresh.values())


def _speaker(quote: QuoteFact, names: Reconciliation) -> str:
    if quote.source is SourceKind.UNATTRIBUTED:
        return ""
    if quote.source is SourceKind.PERSON:
        return names.person_name((name_key(quote.speaker),), quote.speaker)
    return quote.speaker
