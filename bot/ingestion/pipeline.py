"""Bring the knowledge base in step with the seeds folder: new, changed and removed files.

The folder is scanned (:mod:`.scan`), changed files are read and extracted
(:mod:`.prepare`), and every write of the ingest runs on the bulk writer (see :mod:`bot.db`):
each batch in one transaction with a savepoint per file, so a crash leaves every file either
fully ingested or as it was, never half. Whether a file is new is decided inside the
transaction that stores it, so two processes ingesting the same folder never both take it for
new. An article's identity for alerts is its content: a file bringing back a content already
stored (renamed, restored, copied) alerts nobody, and a renamed file keeps its article. People
and characters are derived again at the end (:mod:`.entities`). When new articles are to be
alerted, a :class:`~bot.ingestion.ledger.Ledger` follows the ingest article by article and
says what each one changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Collection, Sequence
from functools import partial
from pathlib import Path

import msgspec

from bot.config import DEFAULT_SEED_MAX_BYTES
from bot.corrections import NO_CORRECTIONS
from bot.db.articles import (
    FileStamp,
    any_article,
    compact_search_indexes,
    count_articles,
    defer_name_variants,
    defer_search_indexes,
    extractor_of_facts,
    file_stamps,
    iter_sizes_and_times,
    rebuild_search_indexes,
    record_extractor,
    remove_article,
    save_article,
    search_indexes_stale,
    touch_article,
)
from bot.db.connection import Database
from bot.db.contents import content_known, remember_content, rename_article, stored_with_content
from bot.db.corrections import article_corrections, corrected_files
from bot.db.fact_rows import FactRows
from bot.db.names import names_generation
from bot.db.snapshot import KnowledgeChange
from bot.facts import Article, ArticleFacts
from bot.ingestion.entities import derive_entities
from bot.ingestion.ledger import Ledger
from bot.ingestion.prepare import Prepared, extractor_fingerprint, prepare_all
from bot.ingestion.report import FileResult, IngestReport, Outcome, file_name_of
from bot.ingestion.scan import SeedFile, SeedFiles, scan

_BATCH_SIZE = 250
PARALLEL_MIN_FILES = 500
"""Fewer changed files than this are read in a thread: starting worker processes would cost
more than it saves, and the alert for a new file must go out fast."""

log = logging.getLogger(__name__)
__all__ = [
    "PARALLEL_MIN_FILES",
    "FileResult",
    "IngestReport",
    "KeptLedger",
    "NewArticleHook",
    "Outcome",
    "ingest_folder",
]

NewArticleHook = Callable[
    [sqlite3.Connection, str, str, Article, ArticleFacts, KnowledgeChange], None
]
"""Called for each new article (its file name and content hash, the article, the facts members
may be told (served, with the moderators' corrections) and what it changed in the reconciled
knowledge) inside the transaction that stores it, just after
it is stored, with the bulk ``writer``; e.g. to queue news alerts in the same transaction (the
article and its alerts are kept or undone together). Not called for a content stored before (a
renamed, restored or copied file)."""


class _Writing(msgspec.Struct):
    """How one ingest writes, the same for every batch (used on the writer's thread only)."""

    rebuild: bool
    bulk: bool
    """A big ingest, which leaves the names' spellings to the end."""
    reindex: bool
    """An ingest about as large as what is stored, which leaves the search indexes to be
    rebuilt at the end."""
    on_new_article: NewArticleHook | None
    seeds_dir: Path
    ledger: Ledger | None = None
    corrected: frozenset[str] = frozenset()
    """The files some moderator's correction applies to (read per batch)."""
    """Follows the ingest article by article once a new article needs its changes."""


class KeptLedger(msgspec.Struct):
    """A :class:`~bot.ingestion.ledger.Ledger` a long-running process keeps from one ingest
    to the next, so only the first one reads and reconciles every name.

    It is used again only while the stored people and characters are the ``generation`` it
    was in step with: an ingest by another process, a failed one, or a rebuild drops it.
    """

    ledger: Ledger | None = None
    generation: int | None = None


class _Known(msgspec.Struct, frozen=True):
    """What is stored, compared with the folder's scan."""

    stamps: dict[str, FileStamp]
    """The stored stamps of the files to read again (not of the unchanged ones)."""
    unchanged: bytearray
    """For each scanned file in turn, whether it is stored with its size and time (1)."""
    absent: list[str]
    """The stored files that the scan did not find (among ``only``, if given)."""
    seeded: bool
    """Whether the knowledge base held articles before: the first seeding alerts nobody."""
    rebuild: bool
    """Every file to be read again (asked, or the stored facts are another extractor's)."""
    generation: int | None
    """The derivation of names stored (None: facts changed since)."""


async def ingest_folder(
    db: Database,
    seeds_dir: Path,
    *,
    rebuild: bool = False,
    max_bytes: int = DEFAULT_SEED_MAX_BYTES,
    on_new_article: NewArticleHook | None = None,
    only: Collection[str] | None = None,
    kept: KeptLedger | None = None,
) -> IngestReport:
    """Ingest what changed in ``seeds_dir``; with ``rebuild``, re-extract every file.

    ``on_new_article`` runs for each new file, except on the first seeding of an empty
    database (those articles are history, not news). ``only``: the names of the files that
    may have changed (e.g. from filesystem events); no other file is looked at, so the report
    lists these alone. ``kept``: the ledger of the previous ingest, used if still in step,
    and given this one's.
    """
    kept = kept or KeptLedger()
    held, held_generation = kept.ledger, kept.generation
    kept.ledger = None  # this ingest's now; given back only if it ends well
    seeds = await asyncio.to_thread(scan, seeds_dir, only)
    try:
        # A new extractor (an upgrade) reads every file again, once, when the whole folder is.
        whole_folder = only is None
        # In a thread: the first time (a bot's catch-up), it reads and hashes the extractor's
        # 570 source files, which held the event loop for 30 to 50 ms.
        fingerprint = await asyncio.to_thread(extractor_fingerprint)
        known = await db.read_in_bulk(partial(_read_known, seeds, only, rebuild, fingerprint))
        rebuild = known.rebuild
        hook = on_new_article if known.seeded else None
        # In a thread: a loop over every scanned file (100,000 at a catch-up) held the event
        # loop, and the members' asks waiting on it, for tens of milliseconds.
        report, pending = await asyncio.to_thread(_split, seeds, known.unchanged)
        del seeds  # only the files to read are held from here on
        batches = [pending[i : i + _BATCH_SIZE] for i in range(0, len(pending), _BATCH_SIZE)]
        # Many files: the search indexes are merged after, and the names' newest spellings
        # derived once for all instead of kept up to date article by article.
        bulk = len(pending) >= PARALLEL_MIN_FILES
        reindex = bulk and len(pending) >= await db.read_in_bulk(count_articles)
        # aclosing: a failed write stops the worker processes at once, not whenever collected.
        writing = _Writing(rebuild, bulk, reindex, hook, seeds_dir)
        if held is not None and held_generation == known.generation and not (rebuild or bulk):
            writing.ledger = held  # in step: it learns this ingest too
        ready_batches = prepare_all(batches, known.stamps, rebuild, max_bytes, parallel=bulk)
        async with contextlib.aclosing(ready_batches) as ready:
            async for prepared in ready:
                write = partial(_write_batch, prepared, writing)
                report.results.extend(await db.write_in_bulk(write))

        renamed = {r.renamed_from for r in report.results if r.renamed_from is not None}
        # (with ``only``, those files alone: others are not taken for removed)
        removed = sorted(name for name in known.absent if name not in renamed)
        report.results.extend(FileResult(name, Outcome.REMOVED) for name in removed)
        done = fingerprint if whole_folder else None
        finish = partial(_finish, removed, report.changed_anything, done, writing)
        kept.generation = await db.write_in_bulk(finish)
        kept.ledger = writing.ledger
    finally:
        await db.release_bulk_writer()  # its cache is large; bots run for months
    report.results.sort(key=file_name_of)
    return report


def _split(seeds: SeedFiles, unchanged: bytearray) -> tuple[IngestReport, list[SeedFile]]:
    """A report listing the unchanged files by name, and the files to read."""
    report = IngestReport()
    pending = []
    for at, same_file in enumerate(unchanged):
        if same_file:
            report.unchanged.append(seeds.names[at])
        else:
            pending.append(seeds[at])
    return report, pending


def _read_known(
    seeds: SeedFiles,
    only: Collection[str] | None,
    rebuild: bool,
    fingerprint: str,
    writer: sqlite3.Connection,
) -> _Known:
    """The stored sizes and times compared with the scan's, a few rows at a time; the full
    stamps (with content hashes) are read for the files to read again alone (little memory
    when little changed). ``fingerprint``: the extractor's; a whole folder's facts made by
    another are made again.
    """
    seeded = any_article(writer)
    if only is None and seeded and extractor_of_facts(writer) != fingerprint:
        rebuild = True
    unchanged = bytearray(len(seeds))
    again = []
    absent = []
    for name, size, mtime_ns in iter_sizes_and_times(writer, only):
        at = seeds.index(name)
        if at is None:
            absent.append(name)
        elif seeds.same_stamp(at, size, mtime_ns) and not rebuild:
            unchanged[at] = 1
        else:
            again.append(name)
    stamps = file_stamps(writer, again) if again else {}
    return _Known(stamps, unchanged, absent, seeded, rebuild, names_generation(writer))


def _finish(
    removed: Sequence[str],
    changed: bool,
    extractor: str | None,
    writing: _Writing,
    writer: sqlite3.Connection,
) -> int | None:
    """Retract removed files, then derive people and characters again if anything changed;
    the generation of names stored.

    ``extractor``: the fingerprint every stored fact is now made by (after a whole-folder
    ingest), else None.
    """
    for name in removed:
        if writing.ledger is not None:
            writing.ledger.store(writer, name, partial(remove_article, writer, name))
        else:
            remove_article(writer, name)
    if extractor is not None:
        record_extractor(writer, extractor)
    generation = names_generation(writer)
    if changed or generation is None:
        generation = derive_entities(writer, writing.ledger.reconciler if writing.ledger else None)
    if search_indexes_stale(writer):  # by this ingest, or one that stopped before its end
        rebuild_search_indexes(writer)
    elif writing.bulk:
        compact_search_indexes(writer)
    return generation


def _write_batch(
    prepared: Sequence[Prepared], writing: _Writing, writer: sqlite3.Connection
) -> list[FileResult]:
    """Store a batch, each file in its own savepoint; a file the database refuses is reported.

    Whether a file is new is read here, in the write transaction, not from the scan's snapshot.
    """
    rebuild = writing.rebuild
    if writing.bulk:
        defer_name_variants(writer)
    if writing.reindex:
        defer_search_indexes(writer)
    stored = file_stamps(writer, [item.seed.name for item in prepared])
    writing.corrected = corrected_files(writer)
    results = []
    # Oldest article first: in a burst of new files, each alert says what its own article
    # changed, given the older ones.
    for item in sorted(prepared, key=_oldest_first):
        name = item.seed.name
        before = stored.get(name)
        unchanged = before is not None and before.content_hash == item.stamp.content_hash
        if item.rejected:
            results.append(FileResult(name, Outcome.REJECTED, item.notes))
        elif item.rows is None or (unchanged and not rebuild):
            touch_article(writer, name, item.stamp)
            results.append(FileResult(name, Outcome.UNCHANGED))
        else:
            writer.execute("SAVEPOINT article")
            try:
                result = _store(writer, item, before, writing)
            except sqlite3.IntegrityError as error:
                writer.execute("ROLLBACK TO article")
                writer.execute("RELEASE article")
                writing.ledger = None  # it may have learnt what was just undone
                log.exception("could not store %s", name)
                results.append(FileResult(name, Outcome.REJECTED, (f"not stored: {error}",)))
                continue
            writer.execute("RELEASE article")
            results.append(result)
    return results


def _oldest_first(item: Prepared) -> tuple[dt.date, str]:
    date = item.article.date if item.article is not None else None
    return (date or dt.date.min, item.seed.name)


def _store(
    writer: sqlite3.Connection, item: Prepared, before: FileStamp | None, writing: _Writing
) -> FileResult:
    """Store one read file: a new article (with its alerts: the hook runs with what it
    changed), a changed one, or a stored one under a new name."""
    name, article, facts, rows = item.seed.name, item.article, item.facts, item.rows
    assert article is not None and facts is not None and rows is not None
    content, notes = item.stamp.content_hash, item.notes
    # The moderators' corrections of this file's facts apply to whatever was found.
    corrections = article_corrections(writer, name) if name in writing.corrected else NO_CORRECTIONS
    if corrections:
        rows = FactRows.of(facts, corrections)
    told = corrections.served(corrections.fixed(facts))

    def save() -> None:
        save_article(writer, name, item.stamp, article, rows, name_variants=not writing.bulk)

    moved_from = _moved_from(writer, content, writing.seeds_dir) if before is None else None
    if moved_from is not None:
        rename_article(writer, moved_from, name, item.stamp)
        writing.ledger = None  # it knows the article by its old name: read afresh if needed
        if writing.rebuild:
            _through_ledger(writer, name, save, writing)
        return FileResult(
            name, Outcome.RENAMED, (f"was {moved_from}", *notes), renamed_from=moved_from
        )
    news = before is None and writing.on_new_article is not None
    if news and content_known(writer, content):
        news, notes = False, (*notes, "its text was stored before: no alert")
    if news and writing.on_new_article is not None:
        if writing.ledger is None:
            writing.ledger = Ledger(writer)
        change = writing.ledger.store_new(writer, name, told, save)
        writing.on_new_article(writer, name, content, article, told, change)
    else:
        _through_ledger(writer, name, save, writing)
    remember_content(writer, content, name)
    if before is None:
        return FileResult(name, Outcome.NEW, notes, facts)
    unchanged = before.content_hash == content
    return FileResult(name, Outcome.UNCHANGED if unchanged else Outcome.CHANGED, notes, facts)


def _through_ledger(
    writer: sqlite3.Connection, name: str, save: Callable[[], None], writing: _Writing
) -> None:
    """Save, keeping the ingest's ledger (if it follows this ingest) in step."""
    if writing.ledger is not None:
        writing.ledger.store(writer, name, save)
    else:
        save()


def _moved_from(writer: sqlite3.Connection, content_hash: str, seeds_dir: Path) -> str | None:
    """The stored article with this content whose file is gone from the folder (so the new
    file is that article, renamed or restored under another name), if any."""
    for file_name in stored_with_content(writer, content_hash):
        if not os.path.lexists(seeds_dir / file_name):
            return file_name
    return None
