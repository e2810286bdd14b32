"""The seed files' sizes and times, read in a thread: what tells whether files stayed the same
over a settle time (:func:`stamps_fingerprint`), and which were written lately
(:func:`recently_written`, the catch-up's one pass over a folder, in chunks)."""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.ingestion.scan import is_seed_name

_CHUNK = 2_000
"""Files looked at per step of :func:`recently_written`, the event loop free between steps."""


async def recently_written(folder: Path, within_seconds: float) -> set[str]:
    """The article files modified within ``within_seconds`` of now (or later: a clock
    ahead); none if the folder is gone or unreadable.

    One ``stat`` a file, in steps of a few thousand files, each in a thread: a pass over
    100,000 files took half a second, and members' asks are answered between the steps.
    """
    since = time.time_ns() - int(within_seconds * 1e9)
    recent: set[str] = set()
    try:
        entries = await asyncio.to_thread(os.scandir, folder)
    except OSError:
        return recent
    try:
        while await asyncio.to_thread(_recent_among, entries, since, recent):
            pass
    except OSError:  # the folder went away while listed
        return set()
    finally:
        entries.close()
    return recent


def _recent_among(entries: Iterator[os.DirEntry[str]], since: int, recent: set[str]) -> bool:
    """Add to ``recent`` those of the next few entries modified at ``since`` or later;
    whether there may be more (blocking: run it in a thread)."""
    looked = 0
    for entry in itertools.islice(entries, _CHUNK):
        looked += 1
        if not is_seed_name(entry.name):
            continue
        try:
            if entry.stat().st_mtime_ns >= since:  # links followed, as the ingest does
                recent.add(entry.name)
        except OSError:  # gone since listed
            continue
    return looked == _CHUNK


_HASH_MASK = 2**64 - 1


def stamps_fingerprint(folder: Path, names: Iterable[str] | None) -> tuple[int, int]:
    """What tells whether the named article files, or every one in the folder (``None``),
    kept their size and modification time: how many there are, and the sum (modulo 2**64) of
    a hash of each one's name, size and time. Two fingerprints made in one process are equal
    when nothing changed, and differ (but for a chance in 2**64, or 2**32 where Python's hashes
    are 32 bits) when a file is added, removed, resized or touched; the sum does not depend on
    the listing's order. Files gone are left out (blocking: run it in a thread).

    Nothing is kept per file: a mapping of every file's stamp, made twice over the whole
    folder at each start, left about 4 MiB resident in a bot with 10,000 articles after it
    was freed (the holes its small objects leave among longer-lived ones).
    """
    count = total = 0
    try:
        for name, info in _stats(folder, names):
            count += 1
            total = (total + hash((name, info.st_size, info.st_mtime_ns))) & _HASH_MASK
    except OSError:  # the folder is gone or unreadable
        return (0, 0)
    return (count, total)


def _stats(folder: Path, names: Iterable[str] | None) -> Iterator[tuple[str, os.stat_result]]:
    """Each article file's name and ``stat`` (links followed), one at a time: the named ones
    that exist, or every one in the folder as its listing is read (``None``)."""
    for name in _listed(folder) if names is None else names:
        if is_seed_name(name):
            try:
                info = os.stat(os.path.join(folder, name))
            except OSError:  # gone since listed
                continue
            yield name, info


def _listed(folder: Path) -> Iterator[str]:
    with os.scandir(folder) as entries:
        for entry in entries:
            yield entry.name
