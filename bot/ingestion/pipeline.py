"""Bring the knowledge base in step with the seeds folder: new, changed and removed files.

Reading, hashing, parsing and extraction are blocking or CPU-bound, so they run in a worker
thread, a batch of files at a time; when many files changed (a first seeding, a rebuild), in a
pool of worker processes, one per core, while the batches they finished are being written.
Each batch is written in one transaction with a savepoint per file: a crash leaves every file
either fully ingested or as it was, never half.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import hashlib
import logging
import multiprocessing
import os
import sqlite3
import stat
import threading
import time
from collections import Counter
from collections.abc import AsyncGenerator, Callable, Collection, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path

from bot.config import DEFAULT_SEED_MAX_BYTES
from bot.db.articles import (
    FactRows,
    FileStamp,
    any_article,
    compact_search_indexes,
    defer_name_variants,
    file_stamps,
    names_dirty,
    rebuild_names,
    remove_article,
    save_article,
    touch_article,
)
from bot.db.connection import Database
from bot.extract import extract_facts
from bot.facts import Article, ArticleFacts
from bot.ingestion.seedfile import SeedFormatError, parse_seed

SEED_SUFFIX = ".txt"
_BATCH_SIZE = 250
PARALLEL_MIN_FILES = 500
"""Fewer changed files than this are read in a thread: starting worker processes would cost
more than it saves, and the alert for a new file must go out fast."""
_MAX_WORKERS = 4
_WORKER_NICENESS = 10
_PARENT_CHECK_SECONDS = 0.5

log = logging.getLogger(__name__)

NewArticleHook = Callable[[sqlite3.Connection, str, Article, ArticleFacts], None]
"""Called for each new article inside the transaction that stores it, just before it is stored
(so it sees what was known before); e.g. to queue news alerts in the same transaction."""


class SeedsFolderError(RuntimeError):
    """The seeds folder itself is unusable (missing, not a folder, unreadable)."""


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
class _SeedFile:
    name: str
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A file read and, when its content is new, parsed and extracted."""

    seed: _SeedFile
    stamp: FileStamp
    article: Article | None = None
    facts: ArticleFacts | None = None
    rows: FactRows | None = None
    notes: tuple[str, ...] = ()
    rejected: bool = False


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
    seeds = await asyncio.to_thread(_scan, seeds_dir, only)
    async with db.reading() as conn:
        known = await file_stamps(conn, only)
        seeded = bool(known) or (only is not None and await any_article(conn))
    report = IngestReport()
    hook = on_new_article if seeded else None

    pending = []
    for seed in seeds:
        stamp = known.get(seed.name)
        if not rebuild and stamp and (stamp.size, stamp.mtime_ns) == (seed.size, seed.mtime_ns):
            report.results.append(FileResult(seed.name, Outcome.UNCHANGED))
        else:
            pending.append(seed)

    batches = [
        pending[start : start + _BATCH_SIZE] for start in range(0, len(pending), _BATCH_SIZE)
    ]
    # Many files: the search indexes are merged after, and the names' newest spellings
    # derived once for all instead of kept up to date article by article.
    bulk = len(pending) >= PARALLEL_MIN_FILES
    # aclosing: a failed write stops the worker processes at once, not whenever collected.
    try:
        async with contextlib.aclosing(_prepare_all(batches, known, rebuild, max_bytes)) as ready:
            async for prepared in ready:
                report.results.extend(await _write_batch(db, prepared, known, hook, bulk=bulk))
    finally:
        if batches:
            await db.release_bulk_writer()  # its cache is large; bots run for months

    present = {seed.name for seed in seeds}
    removed = sorted(name for name in known if name not in present)
    # (with ``only``, ``known`` holds those files alone: others are not taken for removed)
    if removed:
        async with db.transaction() as conn:
            for name in removed:
                await remove_article(conn, name)
        report.results.extend(FileResult(name, Outcome.REMOVED) for name in removed)

    async with db.transaction() as conn:
        if report.changed_anything or await names_dirty(conn):
            await rebuild_names(conn)
        if bulk:
            await compact_search_indexes(conn)
    report.results.sort(key=lambda result: result.file_name)
    return report


def _scan(seeds_dir: Path, only: Collection[str] | None = None) -> list[_SeedFile]:
    """The seed files in the folder: visible ``.txt`` regular files, links not followed out.

    ``only``: just these file names, those of them that exist (no listing of the folder).
    """
    if not seeds_dir.is_dir():
        raise SeedsFolderError(f"the seeds folder {seeds_dir} does not exist or is not a folder")
    if only is None:
        try:
            names: Iterable[str] = os.listdir(seeds_dir)
        except OSError as error:
            raise SeedsFolderError(f"cannot read the seeds folder {seeds_dir}: {error}") from error
    else:
        names = sorted({name for name in only if name == Path(name).name})
    root = seeds_dir.resolve()
    found = (_seed_file(seeds_dir / name, root) for name in names if is_seed_name(name))
    return [seed for seed in found if seed is not None]


def is_seed_name(name: str) -> bool:
    """Hidden, lock and backup files (``.x``, ``~x``) and other extensions are not articles."""
    return not name.startswith((".", "~")) and name.endswith(SEED_SUFFIX)


def _seed_file(path: Path, root: Path) -> _SeedFile | None:
    """The file at ``path`` if it is a regular file, and not a link leading out of ``root``."""
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            return None
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return _SeedFile(path.name, path, info.st_size, info.st_mtime_ns)


async def _prepare_all(
    batches: list[list[_SeedFile]], known: dict[str, FileStamp], rebuild: bool, max_bytes: int
) -> AsyncGenerator[list[_Prepared], None]:
    """Each batch read, parsed and extracted, in order; by worker processes when many changed.

    The pool works a few batches ahead of the writer, no further, so memory stays bounded.
    """
    workers = min(_MAX_WORKERS, os.cpu_count() or 1)
    if workers < 2 or sum(map(len, batches)) < PARALLEL_MIN_FILES:
        for batch in batches:
            yield await asyncio.to_thread(
                _prepare_batch, batch, _known_of(batch, known), rebuild, max_bytes
            )
        return
    loop = asyncio.get_running_loop()
    # "spawn": a forked copy of a process running threads (the database's, watchfiles') is
    # not safe; workers import only what extraction needs.
    # Workers run at a lower priority: the writer (this process) is the pipeline's narrow
    # part, and must not wait for a core while they extract batches it cannot write yet.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    try:
        ahead: collections.deque[asyncio.Future[list[_Prepared]]] = collections.deque()
        for batch in batches:
            if len(ahead) >= 2 * workers:
                yield await ahead.popleft()
            ahead.append(
                loop.run_in_executor(
                    pool, _prepare_batch, batch, _known_of(batch, known), rebuild, max_bytes
                )
            )
        while ahead:
            yield await ahead.popleft()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _start_worker(parent: int) -> None:
    """In each worker process: a lower priority, and an end if the bot is killed outright.

    A pool is shut down when ingestion ends, even on an error; but a SIGKILL gives no chance
    to, and its workers, blocked waiting for work that will never come, would stay forever.
    """
    os.nice(_WORKER_NICENESS)
    threading.Thread(target=_exit_with, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def _known_of(batch: Iterable[_SeedFile], known: dict[str, FileStamp]) -> dict[str, FileStamp]:
    """The stamps a batch needs (a worker process is sent these, not all of them)."""
    return {seed.name: known[seed.name] for seed in batch if seed.name in known}


def _prepare_batch(
    batch: Iterable[_SeedFile], known: dict[str, FileStamp], rebuild: bool, max_bytes: int
) -> list[_Prepared]:
    """Blocking part of ingestion, run in a worker thread or process."""
    return [_prepare(seed, known.get(seed.name), rebuild, max_bytes) for seed in batch]


def _prepare(seed: _SeedFile, known: FileStamp | None, rebuild: bool, max_bytes: int) -> _Prepared:
    def reject(reason: str, content_hash: str = "") -> _Prepared:
        stamp = FileStamp(seed.size, seed.mtime_ns, content_hash)
        return _Prepared(seed, stamp, notes=(reason,), rejected=True)

    if seed.size > max_bytes:
        return reject(f"larger than the {max_bytes:,}-byte limit ({seed.size:,} bytes)")
    try:
        raw = seed.path.read_bytes()
    except OSError as error:
        return reject(f"cannot be read: {error.strerror or error}")
    stamp = FileStamp(len(raw), seed.mtime_ns, hashlib.sha256(raw).hexdigest())
    if known and known.content_hash == stamp.content_hash and not rebuild:
        return _Prepared(seed, stamp)
    try:
        parsed = parse_seed(raw)
    except SeedFormatError as error:
        return reject(str(error), stamp.content_hash)
    try:
        facts = extract_facts(parsed.article)
    except Exception:  # an extractor bug must cost one file, not the whole seed
        log.exception("extraction failed for %s", seed.name)
        return reject("the extractor failed on it (details in the log)", stamp.content_hash)
    return _Prepared(seed, stamp, parsed.article, facts, FactRows.of(facts), parsed.warnings)


def _outcome(name: str, stamp: FileStamp, known: dict[str, FileStamp]) -> Outcome:
    previous = known.get(name)
    if previous is None:
        return Outcome.NEW
    return Outcome.UNCHANGED if previous.content_hash == stamp.content_hash else Outcome.CHANGED


async def _write_batch(
    db: Database,
    prepared: Sequence[_Prepared],
    known: dict[str, FileStamp],
    on_new_article: NewArticleHook | None = None,
    *,
    bulk: bool = False,
) -> list[FileResult]:
    """One transaction for the batch, in one thread hop (see :meth:`Database.write_in_bulk`)."""
    return await db.write_in_bulk(partial(_write_batch_now, prepared, known, bulk, on_new_article))


def _write_batch_now(
    prepared: Sequence[_Prepared],
    known: dict[str, FileStamp],
    bulk: bool,
    on_new_article: NewArticleHook | None,
    conn: sqlite3.Connection,
) -> list[FileResult]:
    """Store a batch, each file in its own savepoint; a file the database refuses is reported.

    ``bulk``: part of a big ingest, which leaves the names' spellings to the end.
    """
    if bulk:
        defer_name_variants(conn)
    results = []
    for item in prepared:
        name = item.seed.name
        if item.rejected:
            results.append(FileResult(name, Outcome.REJECTED, item.notes))
        elif item.article is None or item.facts is None or item.rows is None:
            touch_article(conn, name, item.stamp)
            results.append(FileResult(name, Outcome.UNCHANGED))
        else:
            conn.execute("SAVEPOINT article")
            try:
                if on_new_article is not None and name not in known:
                    on_new_article(conn, name, item.article, item.facts)
                save_article(
                    conn, name, item.stamp, item.article, item.rows, name_variants=not bulk
                )
            except sqlite3.IntegrityError as error:
                conn.execute("ROLLBACK TO article")
                conn.execute("RELEASE article")
                log.exception("could not store %s", name)
                results.append(FileResult(name, Outcome.REJECTED, (f"not stored: {error}",)))
                continue
            conn.execute("RELEASE article")
            results.append(
                FileResult(name, _outcome(name, item.stamp, known), item.notes, item.facts)
            )
    return results
