"""Reading, hashing, parsing and extracting seed files: the blocking part of ingestion.

Runs in a worker thread, a batch of files at a time; when many files changed (a first
seeding, a rebuild), in a pool of worker processes, one per core, working a few batches ahead
of the writer.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import importlib.util
import logging
import os
import threading
import time
from collections.abc import AsyncGenerator, Iterable
from functools import cache
from pathlib import Path

import msgspec

from bot.db.articles import FileStamp
from bot.db.fact_rows import FactRows
from bot.facts import Article, ArticleFacts
from bot.ingestion.scan import SeedFile
from bot.ingestion.seedfile import SeedFormatError, parse_seed

_MAX_WORKERS = 4
_WORKER_NICENESS = 2
_PARENT_CHECK_SECONDS = 0.5

log = logging.getLogger(__name__)

_EXTRACTION_CODE = (
    ("bot.extract", "*.py"),
    ("bot", "facts.py"),
    ("bot", "names.py"),
    ("bot.ingestion", "seedfile.py"),
    ("bot.web", "links.py"),
)
"""The code that decides what facts a file yields and the name keys they are stored under:
when it changes, every file is read again."""


@cache
def extractor_fingerprint() -> str:
    """A hash of the extraction code (hex): stored facts made by other code are re-extracted."""
    digest = hashlib.sha256()
    for package, pattern in _EXTRACTION_CODE:
        for path in sorted(_package_folder(package).glob(pattern), key=lambda p: p.name):
            if path.is_file():
                digest.update(path.name.encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _package_folder(package: str) -> Path:
    """The package's folder, found without importing the package: importing the extractor loads
    its 570 modules, which a start with nothing new to read should not pay for."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{package} is not a package")
    return Path(next(iter(spec.submodule_search_locations)))


class Prepared(msgspec.Struct, frozen=True):
    """A file read and, when its content is new, parsed and extracted."""

    seed: SeedFile
    stamp: FileStamp
    article: Article | None = None
    facts: ArticleFacts | None = None
    rows: FactRows | None = None
    notes: tuple[str, ...] = ()
    rejected: bool = False


async def prepare_all(
    batches: list[list[SeedFile]],
    known: dict[str, FileStamp],
    rebuild: bool,
    max_bytes: int,
    *,
    parallel: bool,
) -> AsyncGenerator[list[Prepared], None]:
    """Each batch read, parsed and extracted, in order; with ``parallel``, by worker processes.

    The pool works a few batches ahead of the writer, no further, so memory stays bounded.
    """
    workers = min(_MAX_WORKERS, os.cpu_count() or 1)
    if workers < 2 or not parallel:
        for batch in batches:
            yield await asyncio.to_thread(
                _prepare_batch, batch, _known_of(batch, known), rebuild, max_bytes
            )
        return
    # multiprocessing is imported here, not with the module: a start-up catch-up with little
    # to read never starts a pool, and a running bot need not hold it.
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    loop = asyncio.get_running_loop()
    # "spawn": a forked copy of a process running threads (the database's, watchfiles') is
    # not safe; workers import only what extraction needs.
    # Workers run at a slightly lower priority: the writer (this process) is the pipeline's
    # narrow part, and must not wait for a core while they extract batches it cannot write yet.
    # Only slightly: on a machine busy with other work at normal priority, workers niced
    # further get a small share of the cores (a tenth at niceness 10) and the seed crawls.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(os.getpid(),),
    )
    try:
        ahead: collections.deque[asyncio.Future[list[Prepared]]] = collections.deque()
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


def extract(article: Article) -> ArticleFacts:
    """The facts ingestion takes from an article: the one place it calls the extractor, so an
    article read back from the database for a correction yields what its file did."""
    return extract_facts(article)


def extract_facts(article: Article) -> ArticleFacts:
    """:func:`bot.extract.extract_facts`, imported on first use: importing the extractor's 570
    modules costs a start with nothing new to read time it need not spend (their patterns are
    compiled on first use, :mod:`bot.lazy_patterns`)."""
    from bot.extract import extract_facts as extractor  # noqa: PLC0415

    return extractor(article)


def _known_of(batch: Iterable[SeedFile], known: dict[str, FileStamp]) -> dict[str, FileStamp]:
    """The stamps a batch needs (a worker process is sent these, not all of them)."""
    return {seed.name: known[seed.name] for seed in batch if seed.name in known}


def _prepare_batch(
    batch: Iterable[SeedFile], known: dict[str, FileStamp], rebuild: bool, max_bytes: int
) -> list[Prepared]:
    """Blocking part of ingestion, run in a worker thread or process."""
    return [_prepare(seed, known.get(seed.name), rebuild, max_bytes) for seed in batch]


def _prepare(seed: SeedFile, known: FileStamp | None, rebuild: bool, max_bytes: int) -> Prepared:
    def reject(reason: str, content_hash: str = "") -> Prepared:
        stamp = FileStamp(seed.size, seed.mtime_ns, content_hash)
        return Prepared(seed, stamp, notes=(reason,), rejected=True)

    if seed.size > max_bytes:
        return reject(f"larger than the {max_bytes:,}-byte limit ({seed.size:,} bytes)")
    try:
        raw = seed.path.read_bytes()
    except OSError as error:
        return reject(f"cannot be read: {error.strerror or error}")
    stamp = FileStamp(len(raw), seed.mtime_ns, hashlib.sha256(raw).hexdigest())
    if known and known.content_hash == stamp.content_hash and not rebuild:
        return Prepared(seed, stamp)
    try:
        parsed = parse_seed(raw)
    except SeedFormatError as error:
        return reject(str(error), stamp.content_hash)
    try:
        facts = extract(parsed.article)
    except Exception:  # an extractor bug must cost one file, not the whole seed
        log.exception("extraction failed for %s", seed.name)
        return reject("the extractor failed on it (details in the log)", stamp.content_hash)
    return Prepared(seed, stamp, parsed.article, facts, FactRows.of(facts), parsed.warnings)
