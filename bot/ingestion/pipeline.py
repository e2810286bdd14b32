"""Bring the knowledge base in step with the seeds folder: new, changed and removed files.

The folder is scanned (:mod:`.scan`), changed files are read and extracted
(:mod:`.prepare`), and every write of the ingest runs on the bulk writer (see :mod:`bot.db`):
each batch in one transaction with a savepoint per file, so a crash leaves every file either
fully ingested or as it was, never half. Whether a file is new is decided inside the
transaction that stores it, so two processes ingesting the same folder never both take it for
new. People and characters are derived again at the end (:mod:`.entities`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path

from bot.config import DEFAULT_SEED_MAX_BYTES
from bot.corrections import NO_CORRECTIONS
from bot.db.articles import (
    FileStamp,
    any_article,
    compact_search_indexes,
    defer_name_variants,
    extractor_of_facts,
    file_stamps,
    record_extractor,
    remove_article,
    save_article,
    touch_article,
)
from bot.db.connection import Database
from bot.db.corrections import article_corrections, corrected_files
from bot.db.fact_rows import FactRows
from bot.db.names import names_dirty
from bot.facts import Article, ArticleFacts
from bot.ingestion.entities import derive_entities
from bot.ingestion.prepare import Prepared, extractor_fingerprint, prepare_all
from bot.ingestion.scan import scan

_BATCH_SIZE = 250
PARALLEL_MIN_FILES = 500
"""Fewer changed files than this are read in a thread: starting worker processes would cost
more than it saves, and the alert for a new file must go out fast."""

log = logging.getLogger(__name__)

NewArticleHook = Callable[[sqlite3.Connection, str, Article, ArticleFacts], None]
"""Called for each new article inside the transaction that stores it, just before it is stored
(so it sees what was known before), with the bulk ``writer`` and the facts members may be told
(served, with the moderators' corrections); e.g. to queue news alerts in the same
transaction."""


class Outcome(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    REMOVED = "removed"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class FileResult:
    file_name: str
    outcome: Outcome
    notes: tuple[str, ...] = ()
    """Why a file was rejected, or what an operator should know about an accepted one."""
    facts: ArticleFacts | None = None


@dataclass(slots=True)
class IngestReport:
    results: list[FileResult] = field(default_factory=list)

    def totals(self) -> Counter[Outcome]:
        return Counter(result.outcome for result in self.results)

    @property
    def changed_anything(self) -> bool:
        return any(
            r.outcome in (Outcome.NEW, Outcome.CHANGED, Outcome.REMOVED) for r in self.results
        )


@dataclass(frozen=True, slots=True)
class _Known:
    stamps: dict[str, FileStamp]
    seeded: bool
    """Whether the knowledge base held articles before: the first seeding alerts nobody."""
    extractor: str | None
    """The fingerprint of the code that made the stored facts."""


async def ingest_folder(
    db: Database,
    seeds_dir: Path,
    *,
    rebuild: bool = False,
    max_bytes: int = DEFAULT_SEED_MAX_BYTES,
    on_new_article: NewArticleHook | None = None,
    only: Collection[str] | None = None,
) -> IngestReport:
    """Ingest what changed in ``seeds_dir``; with ``rebuild``, re-extract every file.

    ``on_new_article`` runs for each new file, except on the first seeding of an empty
    database (those articles are history, not news). ``only``: the names of the files that
    may have changed (e.g. from filesystem events); no other file is looked at, so the report
    lists these alone.
    """
    seeds = await asyncio.to_thread(scan, seeds_dir, only)
    try:
        known = await db.read_in_bulk(partial(_read_known, only))
        report = IngestReport()
        hook = on_new_article if known.seeded else None
        # A new extractor (an upgrade) reads every file again, once, when the whole folder is.
        whole_folder = only is None
        fingerprint = extractor_fingerprint()
        if whole_folder and known.seeded and known.extractor != fingerprint:
            rebuild = True
        pending = []
        for seed in seeds:
            stamp = known.stamps.get(seed.name)
            same_file = stamp and (stamp.size, stamp.mtime_ns) == (seed.size, seed.mtime_ns)
            if same_file and not rebuild:
                report.results.append(FileResult(seed.name, Outcome.UNCHANGED))
            else:
                pending.append(seed)
        batches = [pending[i : i + _BATCH_SIZE] for i in range(0, len(pending), _BATCH_SIZE)]
        # Many files: the search indexes are merged after, and the names' newest spellings
        # derived once for all instead of kept up to date article by article.
        bulk = len(pending) >= PARALLEL_MIN_FILES
        # aclosing: a failed write stops the worker processes at once, not whenever collected.
        stamps = known.stamps
        ready_batches = prepare_all(batches, stamps, rebuild, max_bytes, parallel=bulk)
        async with contextlib.aclosing(ready_batches) as ready:
            async for prepared in ready:
                write = partial(_write_batch, prepared, rebuild, bulk, hook)
                report.results.extend(await db.write_in_bulk(write))

        present = {seed.name for seed in seeds}
        # (with ``only``, ``stamps`` holds those files alone: others are not taken for removed)
        removed = sorted(name for name in stamps if name not in present)
        report.results.extend(FileResult(name, Outcome.REMOVED) for name in removed)
        done = fingerprint if whole_folder else None
        await db.write_in_bulk(partial(_finish, removed, report.changed_anything, bulk, done))
    finally:
        await db.release_bulk_writer()  # its cache is large; bots run for months
    report.results.sort(key=lambda result: result.file_name)
    return report


def _read_known(only: Collection[str] | None, writer: sqlite3.Connection) -> _Known:
    stamps = file_stamps(writer, only)
    seeded = bool(stamps) or (only is not None and any_article(writer))
    return _Known(stamps, seeded, extractor_of_facts(writer))


def _finish(
    removed: Sequence[str],
    changed: bool,
    bulk: bool,
    extractor: str | None,
    writer: sqlite3.Connection,
) -> None:
    """Retract removed files, then derive people and characters again if anything changed.

    ``extractor``: the fingerprint every stored fact is now made by (after a whole-folder
    ingest), else None.
    """
    for name in removed:
        remove_article(writer, name)
    if extractor is not None:
        record_extractor(writer, extractor)
    if changed or names_dirty(writer):
        derive_entities(writer)
    if bulk:
        compact_search_indexes(writer)


def _write_batch(
    prepared: Sequence[Prepared],
    rebuild: bool,
    bulk: bool,
    on_new_article: NewArticleHook | None,
    writer: sqlite3.Connection,
) -> list[FileResult]:
    """Store a batch, each file in its own savepoint; a file the database refuses is reported.

    ``bulk``: part of a big ingest, which leaves the names' spellings to the end. Whether a
    file is new is read here, in the write transaction, not from the scan's snapshot.
    """
    if bulk:
        defer_name_variants(writer)
    stored = file_stamps(writer, [item.seed.name for item in prepared])
    corrected = corrected_files(writer)
    results = []
    for item in prepared:
        name = item.seed.name
        before = stored.get(name)
        unchanged = before is not None and before.content_hash == item.stamp.content_hash
        if item.rejected:
            results.append(FileResult(name, Outcome.REJECTED, item.notes))
        elif item.rows is None or (unchanged and not rebuild):
            touch_article(writer, name, item.stamp)
            results.append(FileResult(name, Outcome.UNCHANGED))
        else:
            assert item.article is not None and item.facts is not None
            writer.execute("SAVEPOINT article")
            try:
                # The moderators' corrections of this file's facts apply to whatever was found.
                corrections = (
                    article_corrections(writer, name) if name in corrected else NO_CORRECTIONS
                )
                rows = FactRows.of(item.facts, corrections) if corrections else item.rows
                if on_new_article is not None and before is None:
                    served = corrections.served(corrections.fixed(item.facts))
                    on_new_article(writer, name, item.article, served)
                save_article(writer, name, item.stamp, item.article, rows, name_variants=not bulk)
            except sqlite3.IntegrityError as error:
                writer.execute("ROLLBACK TO article")
                writer.execute("RELEASE article")
                log.exception("could not store %s", name)
                results.append(FileResult(name, Outcome.REJECTED, (f"not stored: {error}",)))
                continue
            writer.execute("RELEASE article")
            outcome = (
                Outcome.NEW
                if before is None
                else Outcome.UNCHANGED
                if unchanged
                else Outcome.CHANGED
            )
            results.append(FileResult(name, outcome, item.notes, item.facts))
    return results
