"""The SQLite connection the bot owns: opened with safe settings and migrated to the current schema.

Migrations are the numbered ``bot/db/migrations/NNNN_*.sql`` files. Each runs in one transaction
that also records its number in ``PRAGMA user_version``, so an operator's database upgrades
itself on start and is never left half-migrated.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TypeVar

import aiosqlite
import msgspec

from bot.db.rows import fetch_together

BUSY_TIMEOUT_MS = 5_000
_BULK_CACHE_KIB = 64 * 1024
_BULK_AUTOCHECKPOINT_PAGES = 8192
_QUERY_CACHE_KIB = 512
"""The members' connection's page cache. Its queries are index lookups of a few pages each,
and pages it drops are read again from the operating system's cache in microseconds;
SQLite's default (2,000 KiB) would keep about that much more of the bot resident for the
same answers."""
_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_T = TypeVar("_T")


class DatabaseError(RuntimeError):
    """The database file cannot be used; the message says why in an operator's words."""


class Migration(msgspec.Struct, frozen=True):
    version: int
    name: str
    script: str


_MIGRATIONS_DIR = Path(__file__).with_name("migrations")
"""The migration files, shipped as package data beside this module (see pyproject.toml).
Listed with the file system, not ``importlib.resources``: that would import its readers (and
``zipfile``) into every start of the bot, for a folder that is never inside an archive."""


def _migration_files() -> list[tuple[int, Path]]:
    """The migration files' numbers and paths, in order, without reading them."""
    found = []
    for entry in _MIGRATIONS_DIR.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match[1]), entry))
    found.sort()
    if [version for version, _ in found] != list(range(1, len(found) + 1)):
        raise DatabaseError("migrations must be numbered 0001, 0002, ... without gaps")
    return found


def _read(version: int, path: Path) -> Migration:
    return Migration(version, path.name, path.read_text("utf-8"))


def migrations() -> list[Migration]:
    """The schema's migrations, in order, read from the package."""
    return [_read(version, path) for version, path in _migration_files()]


def schema_version() -> int:
    """The version a fully migrated database has."""
    return len(_migration_files())


class Database:
    """The bot's database: an async connection (``conn``) for queries and small writes, and a
    blocking bulk ``writer`` for ingestion (see :mod:`bot.db` for the naming rule).

    Writes take turns under one lock (the turn): a query issued on ``conn`` while a write
    transaction is open on it would read that transaction's uncommitted rows, and the writer
    works only in its turn, so a reader never sees a write half-done. A bulk read
    (:meth:`read_in_bulk`) needs no turn: it runs on the writer's own connection, and in
    write-ahead-log mode a read transaction sees the last commit, never another connection's
    transaction in progress, and blocks no writer. The writer's connection has its own lock,
    so one transaction at a time uses it and it is never closed under one.
    """

    def __init__(
        self, conn: aiosqlite.Connection, path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
    ) -> None:
        self.conn = conn
        self.path = path
        self._turn = asyncio.Lock()
        self._bulk = asyncio.Lock()
        self._busy_timeout_ms = busy_timeout_ms
        self._writer: sqlite3.Connection | None = None
        self._writer_thread: ThreadPoolExecutor | None = None

    async def write_in_bulk(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run blocking ``work`` as one write transaction on the bulk writer's own thread.

        For writes of many statements (a batch of articles): one thread hop for the whole
        transaction instead of one per statement. The writer is a second connection to the
        same file, used only in the main connection's write turn, so readers never see a
        write half-done.
        """
        async with self._turn:
            return await self._on_writer(work, "BEGIN IMMEDIATE")

    async def read_in_bulk(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run blocking ``work`` as one read transaction (a consistent snapshot of the last
        commit) on the bulk writer's thread: the reads of an ingest, which does all its work on
        that connection. Outside the turn: members' queries and small writes do not wait for
        it (nor it for them)."""
        return await self._on_writer(work, "BEGIN DEFERRED")

    async def _on_writer(self, work: Callable[[sqlite3.Connection], _T], begin: str) -> _T:
        if str(self.path) == ":memory:":
            raise DatabaseError("the bulk writer needs a database file, not :memory:")
        async with self._bulk:
            if self._writer_thread is None:
                self._writer_thread = ThreadPoolExecutor(1, thread_name_prefix="db-bulk-writer")
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(
                self._writer_thread, self._in_transaction, work, begin
            )

    def _in_transaction(self, work: Callable[[sqlite3.Connection], _T], begin: str) -> _T:
        if self._writer is None:
            writer = sqlite3.connect(self.path, isolation_level=None)
            writer.row_factory = sqlite3.Row
            writer.execute(f"PRAGMA busy_timeout = {int(self._busy_timeout_ms)}")
            writer.execute("PRAGMA foreign_keys = ON")
            writer.execute("PRAGMA synchronous = NORMAL")
            # A batch of articles touches many pages (full-text index, facts): with SQLite's
            # default 2 MB cache they are read back again and again. Freed when the caller is
            # done (:meth:`release_bulk_writer`).
            writer.execute(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
            # SQLite copies the write-ahead log into the database every 1,000 pages by
            # default, each time with an fsync: a seed then spends a quarter of its writing
            # time on checkpoints. The writer lets the log grow to 32 MiB, and copies what is
            # left when it is released, so the bot's own small writes never inherit the work.
            writer.execute(f"PRAGMA wal_autocheckpoint = {_BULK_AUTOCHECKPOINT_PAGES}")
            self._writer = writer
        self._writer.execute(begin)
        try:
            result = work(self._writer)
        except BaseException:
            self._writer.execute("ROLLBACK")
            raise
        self._writer.execute("COMMIT")
        return result

    async def release_bulk_writer(self) -> None:
        """Close the bulk writer (and free its cache) between write turns; reopened on use."""
        async with self._turn:
            await self.close_bulk_writer()

    async def close_bulk_writer(self) -> None:
        """Close the bulk writer's connection and thread, if it was ever used."""
        async with self._bulk:
            executor, self._writer_thread = self._writer_thread, None
            if executor is None:
                return
            writer, self._writer = self._writer, None
            if writer is not None:
                await asyncio.get_running_loop().run_in_executor(
                    executor, _checkpoint_and_close, writer
                )
            executor.shutdown(wait=True)

    async def data_version(self) -> int:
        """SQLite's change counter as ``conn`` sees it: it moves whenever another connection
        (another program such as ``seed``, or the bulk writer) commits. A cheap read."""
        async with self._turn, self.conn.execute("PRAGMA data_version") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[aiosqlite.Connection]:
        """The connection, for queries, between write transactions."""
        async with self._turn:
            yield self.conn

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One explicit write transaction: all of the block's statements, or none of them."""
        async with self._turn:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            await self.conn.execute("COMMIT")


@asynccontextmanager
async def open_database(
    path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> AsyncIterator[Database]:
    """Open (creating if needed) and migrate the database; close it on exit.

    ``busy_timeout_ms`` is how long a statement waits for another program's lock before it
    fails with "database is locked" (which commands turn into "try again").
    """
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = await aiosqlite.connect(path, isolation_level=None)
    except sqlite3.Error as error:
        raise DatabaseError(f"cannot open the database {path}: {error}") from error
    try:
        db.row_factory = sqlite3.Row
        version = await _configure(db, path, busy_timeout_ms)
        await migrate(db, version)
        database = Database(db, path, busy_timeout_ms=busy_timeout_ms)
        try:
            yield database
        finally:
            await database.close_bulk_writer()
            await _checkpoint(db)
    finally:
        await db.close()


def _checkpoint_and_close(writer: sqlite3.Connection) -> None:
    """Close the bulk writer, first copying the write-ahead log into the database (passive:
    never waits for readers)."""
    with contextlib.suppress(sqlite3.Error):  # a read-only or full database: close all the same
        writer.execute("PRAGMA wal_checkpoint(PASSIVE)")
    writer.close()


async def _checkpoint(db: aiosqlite.Connection) -> None:
    """Copy what the write-ahead log holds into the database file before closing (passive:
    never waits for another program's readers). The last connection to close does it in full
    and removes the log; either way a reader opening the file next sees every commit."""
    # A read-only or full database: SQLite's own close does what it can.
    with contextlib.suppress(sqlite3.Error):
        await db.execute("PRAGMA wal_checkpoint(PASSIVE)")


def _version_of(rows: Iterable[sqlite3.Row]) -> int:
    """The schema version from ``PRAGMA user_version``'s rows (0: a new database)."""
    return next((int(row[0]) for row in rows), 0)


def is_locked_error(error: BaseException) -> bool:
    """Whether ``error`` is SQLite saying another connection holds the lock (worth a retry)."""
    return isinstance(error, sqlite3.OperationalError) and any(
        word in str(error) for word in ("locked", "busy")
    )


async def _configure(db: aiosqlite.Connection, path: Path, busy_timeout_ms: int) -> int:
    """Set the connection up; return the database's schema version (``user_version``).

    The version is read in the same trip as the settings, not one of its own: start-up waits
    for every trip to the connection's thread, a hand-over that takes longest on a busy machine.
    """
    settings = [
        f"PRAGMA busy_timeout = {int(busy_timeout_ms)}",
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = NORMAL",
        f"PRAGMA cache_size = -{_QUERY_CACHE_KIB}",
        "PRAGMA user_version",
    ]
    try:  # in order, in one trip to the connection's thread (the start waits for each trip)
        *_, version = await fetch_together(db, [(pragma, ()) for pragma in settings])
    except sqlite3.DatabaseError as error:
        if is_locked_error(error):
            raise DatabaseError(
                f"{path} is locked by another program (another bot or seed, a backup tool); "
                "try again when it is done"
            ) from error
        raise DatabaseError(f"{path} is not a usable SQLite database: {error}") from error
    return _version_of(version)


async def migrate(db: aiosqlite.Connection, current: int) -> int:
    """Apply every migration newer than the database at version ``current`` (as
    :func:`_configure` read it); return the resulting version."""
    # Listed, not read: a database already up to date (every start but an upgrade's) needs
    # none of the scripts.
    known = _migration_files()
    if current > len(known):
        raise DatabaseError(
            f"the database is at schema version {current}, newer than this bot "
            f"({len(known)}); upgrade the bot or restore a backup"
        )
    for migration in (_read(version, path) for version, path in known[current:]):
        script = (
            f"BEGIN IMMEDIATE;\n{migration.script}\n"
            f"PRAGMA user_version = {migration.version};\nCOMMIT;"
        )
        try:
            await db.executescript(script)
        except sqlite3.Error as error:
            if db.in_transaction:
                await db.execute("ROLLBACK")
            raise DatabaseError(f"migration {migration.name} failed: {error}") from error
    return len(known)
