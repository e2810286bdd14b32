"""The seed files in the seeds folder: which names are articles, and their size and time.

One rule for the folder scan, for named files and for the watcher: visible ``.txt`` regular
files; hidden, lock and backup files are not articles, and links never lead out of the folder.
"""

from __future__ import annotations

import bisect
import heapq
import os
import stat
from array import array
from collections.abc import Collection
from pathlib import Path

import msgspec

from bot.errors import OperatorError

SEED_SUFFIX = ".txt"
_SORT_RUN = 4096
"""Names sorted at once, in one call that holds the GIL throughout (see :meth:`SeedFiles.sort`)."""


class SeedsFolderError(OperatorError):
    """The seeds folder itself is unusable (missing, not a folder, unreadable)."""


class SeedFile(msgspec.Struct, frozen=True, gc=False):
    """A seed file found in the folder, with what identifies its content without reading it.

    Made only for the files to read (see :class:`SeedFiles`); outside the cyclic collector
    (``gc=False``: it holds no container that could lead back to it).
    """

    name: str
    folder: Path
    size: int
    mtime_ns: int

    @property
    def path(self) -> Path:
        return self.folder / self.name


class SeedFiles:
    """A scan's seed files, sorted by name, held compactly: their names, and their sizes and
    times in arrays of machine integers.

    A running bot's catch-up scans 10,000 files or more beside members' first commands, and
    almost all of them are unchanged: an object (and two integers) per file would be made
    and freed in between the indexes those commands build, and the holes they leave stay
    resident. Here a file costs its name and 16 bytes; a :class:`SeedFile` is made only for
    a file that is read.
    """

    __slots__ = ("folder", "mtimes", "names", "sizes")

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.names: list[str] = []
        self.sizes = array("q")
        self.mtimes = array("q")

    def add(self, name: str, size: int, mtime_ns: int) -> None:
        """One more file found (in any order, until :meth:`sort`)."""
        self.names.append(name)
        self.sizes.append(size)
        self.mtimes.append(mtime_ns)

    def sort(self) -> SeedFiles:
        """Put the files in name order (what :meth:`index` needs); itself.

        In runs of a few thousand, merged: a sort with a built-in key never lets go of the
        GIL, so one sort of 100,000 names (about 80 ms) held every member's ask waiting on
        the event loop while a catch-up scanned in its thread.
        """
        key, count = self.names.__getitem__, len(self.names)
        runs = [
            sorted(range(start, min(start + _SORT_RUN, count)), key=key)
            for start in range(0, count, _SORT_RUN)
        ]
        order = runs[0] if len(runs) == 1 else list(heapq.merge(*runs, key=key))
        self.names = [self.names[at] for at in order]
        self.sizes = array("q", (self.sizes[at] for at in order))
        self.mtimes = array("q", (self.mtimes[at] for at in order))
        return self

    def __len__(self) -> int:
        return len(self.names)

    def __getitem__(self, at: int) -> SeedFile:
        return SeedFile(self.names[at], self.folder, self.sizes[at], self.mtimes[at])

    def index(self, name: str) -> int | None:
        """Where the file named ``name`` is, if it was found."""
        at = bisect.bisect_left(self.names, name)
        return at if at < len(self.names) and self.names[at] == name else None

    def same_stamp(self, at: int, size: int, mtime_ns: int) -> bool:
        """Whether the file at ``at`` has this size and time (is, most likely, unchanged)."""
        return self.sizes[at] == size and self.mtimes[at] == mtime_ns


def scan(seeds_dir: Path, only: Collection[str] | None = None) -> SeedFiles:
    """The seed files in the folder, by name: visible ``.txt`` regular files, links not
    followed out.

    ``only``: just these file names, those of them that exist (no listing of the folder).
    """
    if not seeds_dir.is_dir():
        raise SeedsFolderError(f"the seeds folder {seeds_dir} does not exist or is not a folder")
    root = seeds_dir.resolve()
    if only is None:
        try:
            found = _listed(seeds_dir, root)
        except OSError as error:
            raise SeedsFolderError(f"cannot read the seeds folder {seeds_dir}: {error}") from error
    else:
        names = sorted({name for name in only if name == Path(name).name})
        found = SeedFiles(seeds_dir)
        for name in names:
            seed = seed_file(seeds_dir / name, root) if is_seed_name(name) else None
            if seed is not None:
                found.add(seed.name, seed.size, seed.mtime_ns)
    return found.sort()


def _listed(seeds_dir: Path, root: Path) -> SeedFiles:
    """Every seed file in the folder: one ``lstat`` a file (the folder listing says which
    entries are links; only those are looked at more closely)."""
    found = SeedFiles(seeds_dir)
    with os.scandir(seeds_dir) as entries:
        for entry in entries:
            if not is_seed_name(entry.name):
                continue
            try:
                if entry.is_symlink():
                    seed = seed_file(seeds_dir / entry.name, root)
                    if seed is not None:
                        found.add(seed.name, seed.size, seed.mtime_ns)
                    continue
                info = entry.stat(follow_symlinks=False)
            except OSError:  # gone since listed
                continue
            if stat.S_ISREG(info.st_mode):
                found.add(entry.name, info.st_size, info.st_mtime_ns)
    return found


def is_seed_name(name: str) -> bool:
    """Hidden, lock and backup files (``.x``, ``~x``) and other extensions are not articles."""
    return not name.startswith((".", "~")) and name.endswith(SEED_SUFFIX)


def seed_file(path: Path, root: Path) -> SeedFile | None:
    """The file at ``path`` if it is a regular file, and not a link leading out of ``root``."""
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            return None
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return SeedFile(path.name, path.parent, info.st_size, info.st_mtime_ns)
